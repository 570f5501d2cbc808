using System.Globalization;
using SearchService.Core.Analysis;
using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-model</c> (tune only): a learnt report-level theme choice measured against the shipped rule
/// (<c>ThemeTaxonomy.ForReport</c>), leave-one-set-out over <see cref="TuneSets"/>. For every (report, theme) of the 19, a
/// per-theme logistic regression (<see cref="ThemeLogistic"/>) reads the keyword evidence (<see cref="ThemeRow"/>) and, in
/// the word variants, the report's words as the service's SmartCn analyzer cuts them. Everything chosen — the L2
/// strengths and each decision rule's cut — is chosen by an inner leave-one-set-out over the other sets, so the
/// left-out set decides nothing. Decision rules: the model alone (themes from a cut, at most three, the most probable
/// when none reaches it; the cut maximising labelled minus unlabelled themes, or the same with no fewer sensible reports
/// than the rule, or no fewer sensible reports and no lower precision than the rule — the rule itself when no cut
/// manages both), the rule's themes plus the model's additions (a cut at which an addition is labelled four times in
/// five, the rule's precision), and the rule edited (its strongest theme always kept, its others dropped under one cut,
/// additions from another; no fewer sensible reports than the rule). Prints each set, the pooled figures, the mean and
/// worst set of sensible theme, precision and recall, and fixed cuts for information only (not a choice).
/// </summary>
public static class ThemeModels
{
    private static readonly double[] DenseL2 = [1, 3];
    private static readonly double[] WordL2 = [3, 10];
    private static readonly double[] AloneCuts = [0.2, 0.225, 0.25, 0.275, 0.3, 0.325, 0.35, 0.4, 0.45, 0.5];
    private static readonly double[] AddedCuts = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
    private static readonly double[] DropCuts = [0, 0.1, 0.2, 0.3];
    private const int UnlabelledCost = 4;                              // an added theme must be labelled 4 times in 5 to keep the rule's precision
    private const int MostThemes = 3;

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var taxonomy = data.With(data.ThemeLines);
        var themes = taxonomy.Themes;
        using var analyzers = AnalyzerSet.Create(new AnalysisOptions());
        var rows = reports.Select(r => ThemeRow.Of(r, taxonomy, analyzers)).Where(r => TuneSets.Of(r.Report.Doc) >= 0).ToList();
        Console.WriteLine($"# {rows.Count} tune reports with labelled themes ({rows.Count(r => r.Report.Passages.Count == 0)} not produced), {themes.Count} themes, {ThemeRow.DenseCount} keyword-evidence features");

        var denseConfigs = DenseL2.Select(l2 => new ThemeModelConfig(false, l2, 0)).ToList();
        var wordConfigs = WordL2.Select(l2 => new ThemeModelConfig(true, 1, l2)).ToList();
        var chosenVariants = new[] { "rule", "model alone, keyword evidence", "model alone, evidence+words", "model alone, words, sensible kept",
            "model alone, evidence, sensible+precision kept", "model alone, words, sensible+precision kept",
            "rule + model additions, words", "rule edited by the model, words" };
        var fixedVariants = AloneCuts.Select(c => $"(fixed) model alone, words, cut {N(c)}")
            .Concat(AddedCuts.Select(c => $"(fixed) rule + additions, words, cut {N(c)}")).ToList();
        var bySet = chosenVariants.Concat(fixedVariants).ToDictionary(v => v, _ => new List<ThemeSetFigures>());
        for (var set = 0; set < TuneSets.Ranges.Length; set++)
        {
            var held = rows.Where(r => TuneSets.Of(r.Report.Doc) == set).ToList();
            if (held.Count == 0) continue;
            var train = rows.Where(r => TuneSets.Of(r.Report.Doc) != set).ToList();
            var dense = Choose(train, denseConfigs, themes);
            var words = Choose(train, wordConfigs, themes);
            var pDense = held.Select(dense.Model.Probabilities).ToList();
            var pWords = held.Select(words.Model.Probabilities).ToList();
            List<IReadOnlyList<string>> Each(List<double[]> p, Func<double[], ThemeRow, IReadOnlyList<string>> rule) =>
                held.Select((r, i) => rule(p[i], r)).ToList();
            var produced = new Dictionary<string, List<IReadOnlyList<string>>>
            {
                ["rule"] = held.Select(r => r.Rule).ToList(),
                ["model alone, keyword evidence"] = Each(pDense, (p, r) => Alone(p, themes, r, dense.Cuts.Alone)),
                ["model alone, evidence+words"] = Each(pWords, (p, r) => Alone(p, themes, r, words.Cuts.Alone)),
                ["model alone, words, sensible kept"] = Each(pWords, (p, r) => Alone(p, themes, r, words.Cuts.AloneSensible)),
                ["model alone, evidence, sensible+precision kept"] = Each(pDense, (p, r) => double.IsNaN(dense.Cuts.AloneKept) ? r.Rule : Alone(p, themes, r, dense.Cuts.AloneKept)),
                ["model alone, words, sensible+precision kept"] = Each(pWords, (p, r) => double.IsNaN(words.Cuts.AloneKept) ? r.Rule : Alone(p, themes, r, words.Cuts.AloneKept)),
                ["rule + model additions, words"] = Each(pWords, (p, r) => Edited(p, themes, r, 0, words.Cuts.Added)),
                ["rule edited by the model, words"] = Each(pWords, (p, r) => Edited(p, themes, r, words.Cuts.Drop, words.Cuts.EditAdded)),
            };
            foreach (var c in AloneCuts) produced[$"(fixed) model alone, words, cut {N(c)}"] = Each(pWords, (p, r) => Alone(p, themes, r, c));
            foreach (var c in AddedCuts) produced[$"(fixed) rule + additions, words, cut {N(c)}"] = Each(pWords, (p, r) => Edited(p, themes, r, 0, c));
            Console.WriteLine($"# set {TuneSets.Name(set)} ({held.Count} reports), chosen on the others: evidence {dense.Config} {dense.Cuts}; words {words.Config} {words.Cuts}");
            foreach (var (variant, list) in bySet)
            {
                var figures = ThemeSetFigures.Of(TuneSets.Name(set), held, produced[variant]);
                list.Add(figures);
                if (!variant.StartsWith('(')) Console.WriteLine($"#   {variant,-36} {figures}");
            }
        }
        Console.WriteLine("# leave-one-set-out, pooled, and mean and worst set (the fixed cuts were not chosen: for information only):");
        foreach (var (variant, sets) in bySet)
            Console.WriteLine($"#   {variant,-44} pooled {ThemeSetFigures.Pool(sets)}; sensible mean {Pct(sets.Average(s => s.SensibleShare))} worst {Worst(sets, s => s.SensibleShare)};"
                + $" precision mean {Pct(sets.Average(s => s.Precision))} worst {Worst(sets, s => s.Precision)}; recall mean {Pct(sets.Average(s => s.Recall))} worst {Worst(sets, s => s.Recall)}");
        foreach (var variant in chosenVariants.Skip(1))
        {
            var paired = bySet["rule"].Zip(bySet[variant]).ToList();
            Console.WriteLine($"#   {variant,-44} against the rule, sets better/worse: sensible {paired.Count(p => p.Second.Sensible > p.First.Sensible)}/{paired.Count(p => p.Second.Sensible < p.First.Sensible)},"
                + $" labelled minus unlabelled {paired.Count(p => p.Second.Gain > p.First.Gain)}/{paired.Count(p => p.Second.Gain < p.First.Gain)}");
        }

        var final = Choose(rows, wordConfigs, themes);
        Console.WriteLine($"# fitted on all of tune ({final.Config} {final.Cuts}); the words that weigh most per theme:");
        foreach (var line in final.Model.Describe(themes, 8)) Console.WriteLine("#   " + line);
        return 0;
    }

    private static string N(double x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Pct(double x) => (100 * x).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Worst(List<ThemeSetFigures> sets, Func<ThemeSetFigures, double> of)
    {
        var worst = sets.MinBy(of)!;
        return $"{Pct(of(worst))} ({worst.Set})";
    }

    /// <summary>The model alone: themes from <paramref name="cut"/>, at most three; the most probable when none reaches it.</summary>
    private static IReadOnlyList<string> Alone(double[] p, IReadOnlyList<string> themes, ThemeRow row, double cut)
    {
        if (row.Report.Passages.Count == 0 && row.Report.Title.Length == 0) return [];
        var order = Enumerable.Range(0, themes.Count).OrderByDescending(i => p[i]).ToList();
        var kept = order.Where(i => p[i] >= cut).Take(MostThemes).Select(i => themes[i]).ToList();
        return kept.Count > 0 ? kept : [themes[order[0]]];
    }

    /// <summary>
    /// The rule's themes, its strongest always kept and the others dropped under <paramref name="drop"/>, then, while
    /// fewer than three, the model's from <paramref name="add"/>.
    /// </summary>
    private static IReadOnlyList<string> Edited(double[] p, IReadOnlyList<string> themes, ThemeRow row, double drop, double add)
    {
        var index = themes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var kept = row.Rule.Where((t, i) => i == 0 || p[index[t]] >= drop).ToList();
        foreach (var i in Enumerable.Range(0, themes.Count).OrderByDescending(i => p[i]))
            if (kept.Count < MostThemes && p[i] >= add && !kept.Contains(themes[i])) kept.Add(themes[i]);
        return kept;
    }

    /// <summary>The cuts of the decision rules, chosen on inner predictions.</summary>
    private sealed record Cuts(double Alone, double AloneSensible, double AloneKept, double Added, double Drop, double EditAdded)
    {
        public override string ToString() =>
            $"(alone {N(Alone)}, keeping sensible {N(AloneSensible)}, keeping sensible and precision {(double.IsNaN(AloneKept) ? "none: the rule" : N(AloneKept))}, added {N(Added)}, edit drop {N(Drop)} add {N(EditAdded)})";
    }

    /// <summary>
    /// Chooses among <paramref name="configs"/> by an inner leave-one-set-out over the sets of <paramref name="train"/>
    /// (labelled minus unlabelled themes of the model alone at one half), then the decision rules' cuts on the chosen
    /// configuration's inner predictions, then fits it on all of <paramref name="train"/>.
    /// </summary>
    private static (ThemeModelConfig Config, ThemeLogistic Model, Cuts Cuts) Choose(List<ThemeRow> train, List<ThemeModelConfig> configs, IReadOnlyList<string> themes)
    {
        var predicted = configs.ToDictionary(c => c, _ => new List<(ThemeRow Row, double[] P)>());
        foreach (var left in train.Select(r => TuneSets.Of(r.Report.Doc)).Distinct())
        {
            var fit = train.Where(r => TuneSets.Of(r.Report.Doc) != left).ToList();
            var score = train.Where(r => TuneSets.Of(r.Report.Doc) == left).ToList();
            foreach (var c in configs)
            {
                var model = ThemeLogistic.Fit(fit, themes.Count, c);
                predicted[c].AddRange(score.Select(r => (r, model.Probabilities(r))));
            }
        }
        (int Gain, int Sensible) Of(List<(ThemeRow Row, double[] P)> list, Func<double[], ThemeRow, IReadOnlyList<string>> rule) =>
            (list.Sum(x => x.Row.Report.Gain(rule(x.P, x.Row))), list.Count(x => rule(x.P, x.Row).Any(x.Row.Report.Labels.Contains)));
        var best = configs.MaxBy(c => Of(predicted[c], (p, r) => Alone(p, themes, r, 0.5)).Gain)!;
        var inner = predicted[best];
        var ruleSensible = inner.Count(x => x.Row.Rule.Any(x.Row.Report.Labels.Contains));
        var alone = AloneCuts.MaxBy(c => Of(inner, (p, r) => Alone(p, themes, r, c)).Gain);
        var keeping = AloneCuts.Select(c => (Cut: c, Score: Of(inner, (p, r) => Alone(p, themes, r, c)))).ToList();
        var aloneSensible = keeping.Where(k => k.Score.Sensible >= ruleSensible).Select(k => (k.Cut, k.Score.Gain)).DefaultIfEmpty((AloneCuts[0], 0)).MaxBy(k => k.Item2).Item1;
        var rulePrecision = (double)inner.Sum(x => x.Row.Rule.Count(x.Row.Report.Labels.Contains)) / Math.Max(1, inner.Sum(x => x.Row.Rule.Count));
        double Precision(double cut) => (double)inner.Sum(x => Alone(x.P, themes, x.Row, cut).Count(x.Row.Report.Labels.Contains))
            / Math.Max(1, inner.Sum(x => Alone(x.P, themes, x.Row, cut).Count));
        var kept = keeping.Where(k => k.Score.Sensible >= ruleSensible && Precision(k.Cut) >= rulePrecision).ToList();
        var aloneKept = kept.Count == 0 ? double.NaN : kept.MaxBy(k => k.Score.Gain).Cut;
        var added = AddedCuts.MaxBy(c => inner.Sum(x =>
        {
            var extra = Edited(x.P, themes, x.Row, 0, c).Skip(x.Row.Rule.Count).ToList();
            return extra.Count(x.Row.Report.Labels.Contains) - UnlabelledCost * extra.Count(t => !x.Row.Report.Labels.Contains(t));
        }));
        var edits = DropCuts.SelectMany(d => AddedCuts.Select(a => (Drop: d, Add: a, Score: Of(inner, (p, r) => Edited(p, themes, r, d, a))))).ToList();
        var edit = edits.Where(e => e.Score.Sensible >= ruleSensible).DefaultIfEmpty((Drop: 0.0, Add: 1.01, Score: (Gain: 0, Sensible: 0))).MaxBy(e => e.Score.Gain);
        return (best, ThemeLogistic.Fit(train, themes.Count, best), new Cuts(alone, aloneSensible, aloneKept, added, edit.Drop, edit.Add));
    }
}
