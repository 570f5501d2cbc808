using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// Trains the organisation scorer: a logistic regression (ML.NET's L-BFGS) over every candidate of every labelled
/// report, a candidate being right when choosing it gives the labelled name; then the threshold below which a report
/// gets no organisation, set where it gets most reports right. Cross-validation folds are documents, never reports,
/// so a document's reports are never on both sides.
/// </summary>
internal static class OrganisationScorerTraining
{
    public const int Folds = 5;

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    /// <summary>Cases a scorer decides: the organisation was neither given nor settled by a rule before scoring.</summary>
    public static bool Scored(OrganisationCase c) => c.Choice is { DecidedBeforeScoring: null };

    /// <summary>How to train: the L2 regularisation, on pairs or on single candidates, and which features to leave out.</summary>
    public sealed record Settings(float L2, bool Pairwise, IReadOnlyList<string> Without)
    {
        /// <summary>A softmax over each report's candidates and "none" (a conditional logit), fitted by gradient descent here: ML.NET has none.</summary>
        public bool Softmax { get; init; }

        /// <summary>
        /// Choose the best candidate whatever its score (no threshold fitted): leaving one set out, the fitted threshold
        /// gave none to more named reports than to empty-labelled ones (Ingestion README).
        /// </summary>
        public bool AlwaysChoose { get; init; }

        public override string ToString() =>
            $"L2 {L2.ToString(CultureInfo.InvariantCulture)}{(Pairwise ? ", pairwise" : "")}{(Softmax ? ", softmax" : "")}{(AlwaysChoose ? ", always choosing" : "")}{(Without.Count > 0 ? ", without " + string.Join(',', Without) : "")}";
    }

    public static OrganisationScorer Fit(IReadOnlyList<OrganisationCase> cases, Settings settings)
    {
        var scorer = settings.Softmax ? FitSoftmax(cases, settings) : FitLogistic(cases, settings);
        return settings.AlwaysChoose ? new OrganisationScorer(scorer.Weights, scorer.Bias, double.NegativeInfinity) : scorer;
    }

    /// <summary>
    /// Each report a choice among its candidates and "none" (scored by a learnt constant, the threshold): the
    /// probability of the right alternatives, softmax over the report's, maximised with an L2 penalty by plain
    /// full-batch gradient descent from zero (deterministic).
    /// </summary>
    private static OrganisationScorer FitSoftmax(IReadOnlyList<OrganisationCase> cases, Settings settings)
    {
        var n = OrganisationCandidate.FeatureCount;
        var left = settings.Without.Select(name => OrganisationCandidate.FeatureNames.ToList().IndexOf(name)).ToHashSet();
        var reports = cases.Where(Scored)
            .Select(c => (Candidates: c.Choice!.Candidates.Select(k => (X: k.Features.Select((x, i) => left.Contains(i) ? 0 : x).ToArray(), Right: k.Outcome == c.Label)).ToList(),
                NoneRight: c.Choice.WithoutCandidate == c.Label))
            .Where(r => r.NoneRight || r.Candidates.Any(k => k.Right))
            .ToList();
        var w = new double[n];
        var none = 0.0;
        const double rate = 0.5;
        for (var step = 0; step < 3000; step++)
        {
            var gw = new double[n];
            var gNone = 0.0;
            foreach (var (candidates, noneRight) in reports)
            {
                var scores = candidates.Select(k => Dot(w, k.X)).Append(none).ToArray();
                var max = scores.Max();
                var exp = scores.Select(x => Math.Exp(x - max)).ToArray();
                var all = exp.Sum();
                var right = exp.Where((_, a) => a < candidates.Count ? candidates[a].Right : noneRight).Sum();
                for (var a = 0; a < scores.Length; a++)
                {
                    var isRight = a < candidates.Count ? candidates[a].Right : noneRight;
                    var g = exp[a] / all - (isRight ? exp[a] / right : 0);
                    if (a < candidates.Count) for (var i = 0; i < n; i++) gw[i] += g * candidates[a].X[i];
                    else gNone += g;
                }
            }
            for (var i = 0; i < n; i++) w[i] -= rate * (gw[i] / reports.Count + settings.L2 * w[i] / reports.Count);
            none -= rate * gNone / reports.Count;
        }
        return new OrganisationScorer(w.Select(x => Math.Round(x, 4)).ToList(), 0, Math.Round(none, 4));
    }

    private static double Dot(double[] w, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++) sum += w[i] * x[i];
        return sum;
    }

    private static OrganisationScorer FitLogistic(IReadOnlyList<OrganisationCase> cases, Settings settings)
    {
        // A report whose labelled name no candidate gives teaches nothing about choosing; one labelled with none teaches the threshold.
        var training = cases.Where(c => Scored(c) && (c.Label.Length == 0 || c.Choice!.Candidates.Any(k => k.Outcome == c.Label))).ToList();
        var left = settings.Without.Select(n => OrganisationCandidate.FeatureNames.ToList().IndexOf(n)).ToList();
        if (left.Contains(-1)) throw new ArgumentException($"unknown feature in {string.Join(',', settings.Without)}");
        float[] Vector(OrganisationCandidate k) => k.Features.Select((x, i) => left.Contains(i) ? 0f : (float)x).ToArray();
        static float[] Minus(float[] a, float[] b) => a.Select((x, i) => x - b[i]).ToArray();
        var rows = settings.Pairwise
            // Each right candidate against each wrong one of its report, both ways round: the weights learn which of two wins.
            ? training.SelectMany(c => c.Choice!.Candidates.Where(k => c.Label.Length > 0 && k.Outcome == c.Label)
                .SelectMany(right => c.Choice.Candidates.Where(k => k.Outcome != c.Label)
                    .SelectMany(wrong => new[] { new Row { Label = true, Features = Minus(Vector(right), Vector(wrong)) }, new Row { Label = false, Features = Minus(Vector(wrong), Vector(right)) } })))
                .ToList()
            : training.SelectMany(c => c.Choice!.Candidates.Select(k => new Row { Label = c.Label.Length > 0 && k.Outcome == c.Label, Features = Vector(k) })).ToList();
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, OrganisationCandidate.FeatureCount);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L2Regularization = settings.L2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        var weights = linear.Weights.Select(w => Math.Round((double)w, 4)).ToList();
        // Pairs have no bias: a difference of scores does not carry one, and the threshold takes its place.
        var bias = settings.Pairwise ? 0 : Math.Round((double)linear.Bias, 4);
        var unthresholded = new OrganisationScorer(weights, bias, double.NegativeInfinity);
        return new OrganisationScorer(weights, bias, Threshold(training, unthresholded));
    }

    /// <summary>The threshold that gets most training reports right (the lowest of equals: choosing is the default).</summary>
    private static double Threshold(IReadOnlyList<OrganisationCase> cases, OrganisationScorer scorer)
    {
        var tops = cases.Select(c =>
        {
            var top = c.Choice!.Candidates.MaxBy(k => scorer.Score(k.Features));
            return (Score: top is null ? double.NegativeInfinity : scorer.Score(top.Features), Chosen: top is not null && c.Outcome(top.Name) == c.Label,
                None: c.Choice.WithoutCandidate == c.Label);
        }).Where(t => !double.IsNegativeInfinity(t.Score)).OrderBy(t => t.Score).ToList();
        // Below every top score: always choose; then raise it past one top score at a time.
        var best = (Correct: tops.Count(t => t.Chosen), Threshold: tops.Count == 0 ? 0 : tops[0].Score - 1);
        var correct = best.Correct;
        for (var i = 0; i < tops.Count; i++)
        {
            correct += (tops[i].None ? 1 : 0) - (tops[i].Chosen ? 1 : 0);
            var threshold = i + 1 < tops.Count ? (tops[i].Score + tops[i + 1].Score) / 2 : tops[i].Score + 1;
            if (correct > best.Correct) best = (correct, Math.Round(threshold, 4));
        }
        return best.Threshold;
    }

    public static bool Right(OrganisationCase c, OrganisationScorer? scorer) =>
        scorer is null || !Scored(c) ? c.Produced == c.Label : c.Outcome(scorer.Choose(c.Choice!.Candidates)) == c.Label;

    /// <summary>Reports right under k-fold cross-validation by document, with the hand scorer's count on the same reports.</summary>
    public static (int Learnt, int Hand, int Total) CrossValidate(IReadOnlyList<OrganisationCase> cases, Settings settings, int folds = Folds,
        Action<OrganisationCase, string>? disagreement = null)
    {
        var documents = cases.Select(c => c.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = documents.Select((d, i) => (d, i % folds)).ToDictionary(p => p.d, p => p.Item2);
        var learnt = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var scorer = Fit(cases.Where(c => foldOf[c.Document] != fold).ToList(), settings);
            foreach (var c in cases.Where(c => foldOf[c.Document] == fold))
            {
                if (Right(c, scorer)) learnt++;
                if (disagreement is not null && Scored(c) && c.Outcome(scorer.Choose(c.Choice!.Candidates)) is var picked && picked != c.Produced) disagreement(c, picked);
            }
        }
        return (learnt, cases.Count(c => c.Produced == c.Label), cases.Count);
    }

    /// <summary>Trained on the documents before <paramref name="from"/>, measured on the rest (the hand scorer's rules were written before those were read).</summary>
    public static (int Learnt, int Hand, int Total) Later(IReadOnlyList<OrganisationCase> cases, Settings settings, string from)
    {
        var scorer = Fit(cases.Where(c => string.CompareOrdinal(c.Document, from) < 0).ToList(), settings);
        var later = cases.Where(c => string.CompareOrdinal(c.Document, from) >= 0).ToList();
        return (later.Count(c => Right(c, scorer)), later.Count(c => c.Produced == c.Label), later.Count);
    }

    /// <summary>The weights file: a header giving provenance, then bias, threshold and one weight per feature.</summary>
    public static IEnumerable<string> WeightsFile(OrganisationScorer scorer, string provenance)
    {
        foreach (var line in provenance.Split('\n')) yield return "# " + line;
        yield return "bias\t" + scorer.Bias.ToString("0.####", CultureInfo.InvariantCulture);
        yield return "threshold\t" + scorer.Threshold.ToString("0.####", CultureInfo.InvariantCulture);
        for (var i = 0; i < OrganisationCandidate.FeatureCount; i++)
            yield return OrganisationCandidate.FeatureNames[i] + "\t" + scorer.Weights[i].ToString("0.####", CultureInfo.InvariantCulture);
    }
}
