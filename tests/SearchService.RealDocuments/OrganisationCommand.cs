using System.Diagnostics;
using System.Globalization;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--organisations</c>: the organisation scorer measured on a split's candidates. <c>oracle</c> prints how many
/// reports any choice among the candidates could get right against how many the hand-set scoring and the shipped weights
/// do (aggregates; with <c>--verbose</c>, tune only, every report's candidates and features); <c>cv</c> cross-validates the learnt scorer
/// over tune's documents for several regularisations; <c>sets</c> leaves one gathered set out at a time (LeaveOneSetOut,
/// <c>--ablate</c>: again without each feature in turn); <c>train FILE</c> fits it on tune and writes the weights file;
/// <c>score FILE</c> counts, on any split, the reports a weights file gets right (aggregates only).
/// </summary>
internal static class OrganisationCommand
{
    private static readonly float[] Regularisations = [0.01f, 0.1f, 0.3f, 1, 3, 10];

    public static int Run(HarnessOptions options, IReadOnlyList<LabelledDocument> documents)
    {
        var cases = OrganisationCases.Gather(documents, options.TextsFolder);
        var scored = cases.Count(OrganisationScorerTraining.Scored);
        var handAgrees = cases.Where(OrganisationScorerTraining.Scored).Count(c => c.Outcome(c.HandPick()) == c.Produced);
        Console.WriteLine($"{cases.Count} labelled reports of {cases.Select(c => c.Document).Distinct().Count()} documents ({options.Split}); "
            + $"{scored} chosen by scoring candidates, {cases.Count - scored} settled otherwise (given, a rule, no report)");
        var shipped = OrganisationScorer.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisation-scorer.tsv"));
        Console.WriteLine($"hand-set attribution right: {cases.Count(c => c.Produced == c.Label)}/{cases.Count}; "
            + $"shipped weights right: {cases.Count(c => OrganisationScorerTraining.Right(c, shipped))}/{cases.Count}; "
            + $"oracle (some candidate, or none, gives the label): {cases.Count(c => c.Reachable)}/{cases.Count}");
        Console.WriteLine($"  of the scored: hand right {cases.Where(OrganisationScorerTraining.Scored).Count(c => c.Outcome(c.HandPick()) == c.Label)}/{scored}, "
            + $"reachable {cases.Where(OrganisationScorerTraining.Scored).Count(c => c.Reachable)}/{scored}; labelled none {cases.Count(c => c.Label.Length == 0)}; "
            + $"hand pick reproduces the hand-set attribution on {handAgrees}/{scored}");
        switch (options.Organisations)
        {
            case "oracle" when options.Verbose:
                foreach (var c in cases) Print(c, shipped);
                break;
            case "cv":
                if (options.Verbose)
                {
                    var settings = new OrganisationScorerTraining.Settings(options.L2, options.Pairwise, options.Without) { Softmax = options.Softmax, AlwaysChoose = options.AlwaysChoose };
                    OrganisationScorerTraining.CrossValidate(cases, settings, disagreement: (c, picked) =>
                        Console.WriteLine($"  {c.Document}#{c.Report} label '{c.Label}' hand '{c.Produced}'{(c.Produced == c.Label ? " ok" : "")} learnt '{picked}'{(picked == c.Label ? " ok" : "")}"));
                    break;
                }
                foreach (var l2 in Regularisations)
                {
                    // The documents from --later on joined tune at the round's start, read by no rule writer before: trained on
                    // the documents before them, measured on them, against the hand-set rules written without them.
                    var settings = new OrganisationScorerTraining.Settings(l2, options.Pairwise, options.Without) { Softmax = options.Softmax, AlwaysChoose = options.AlwaysChoose };
                    var (learnt, hand, total) = OrganisationScorerTraining.Later(cases, settings, options.Later);
                    Console.WriteLine($"{settings}: trained on the documents before {options.Later}, on {options.Later} onward learnt {learnt}/{total}, hand {hand}/{total}");
                }
                foreach (var l2 in Regularisations)
                {
                    var settings = new OrganisationScorerTraining.Settings(l2, options.Pairwise, options.Without) { Softmax = options.Softmax, AlwaysChoose = options.AlwaysChoose };
                    var (learnt, hand, total) = OrganisationScorerTraining.CrossValidate(cases, settings);
                    var fitted = OrganisationScorerTraining.Fit(cases, settings);
                    Console.WriteLine($"{settings}: {OrganisationScorerTraining.Folds}-fold CV by document learnt {learnt}/{total}, hand {hand}/{total}; "
                        + $"fitted on all of tune {cases.Count(c => OrganisationScorerTraining.Right(c, fitted))}/{total}");
                }
                break;
            case "sets":
            {
                var settings = new OrganisationScorerTraining.Settings(options.L2, options.Pairwise, options.Without) { Softmax = options.Softmax, AlwaysChoose = options.AlwaysChoose };
                var baseline = LeaveOneSetOut.Run(cases, settings, shipped, options.Verbose
                    ? (c, given) => Console.WriteLine($"  {c.Document}#{c.Report} {c.Site} label '{c.Label}' left out '{given}'{(c.Reachable ? "" : " UNREACHABLE")}")
                    : null);
                foreach (var s in baseline.Sets)
                    Console.WriteLine($"  set {s.Set}: left out {s.Learnt}/{s.Total}, hand {s.Hand}/{s.Total}, shipped (fitted with it) {s.Shipped}/{s.Total}; threshold: +{s.EmptyGained} empty, -{s.NamedLost} named");
                Console.WriteLine($"{settings}: {baseline}; hand {baseline.Sets.Sum(s => s.Hand)}/{baseline.Total}, shipped {baseline.Sets.Sum(s => s.Shipped)}/{baseline.Total}; "
                    + $"fitted on all of tune {cases.Count(c => OrganisationScorerTraining.Right(c, OrganisationScorerTraining.Fit(cases, settings)))}/{baseline.Total}");
                if (options.Ablate)
                {
                    // Each feature left out in turn: one whose absence raises the mean without lowering the worst set learnt a site, not a shape.
                    foreach (var feature in OrganisationCandidate.FeatureNames.Except(options.Without))
                    {
                        var without = LeaveOneSetOut.Run(cases, settings with { Without = [.. options.Without, feature] }, null);
                        Console.WriteLine($"  without {feature}: {without.Learnt - baseline.Learnt:+0;-0;0} reports, mean {100 * (without.Mean - baseline.Mean):+0.0;-0.0;0.0} points, "
                            + $"worst {without.Worst.Set} {without.Worst.Share:P1}; per set {string.Join(' ', without.Sets.Zip(baseline.Sets, (a, b) => $"{a.Set}:{a.Learnt - b.Learnt:+0;-0;0}"))}");
                    }
                }
                break;
            }
            case "study":
                OrganisationStudy.Run(cases, shipped, options.Without);
                break;
            case "joint":
                JointChoice.Run(cases, new OrganisationScorerTraining.Settings(options.L2, options.Pairwise, options.Without) { Softmax = options.Softmax, AlwaysChoose = options.AlwaysChoose },
                    options.Verbose);
                break;
            case "train":
            {
                var settings = new OrganisationScorerTraining.Settings(options.L2, options.Pairwise, options.Without) { Softmax = options.Softmax, AlwaysChoose = options.AlwaysChoose };
                var (learnt, hand, total) = OrganisationScorerTraining.CrossValidate(cases, settings);
                var scorer = OrganisationScorerTraining.Fit(cases, settings);
                var fittedRight = cases.Count(c => OrganisationScorerTraining.Right(c, scorer));
                var provenance = string.Join('\n',
                    "Weights of the organisation scorer (src/SearchService.Ingestion/Metadata/OrganisationScorer.cs): a logistic regression",
                    (options.Softmax ? $"(gradient descent, {settings})" : $"(ML.NET 5.0.1, L-BFGS, {settings})") + " over each report's candidates, one weight per OrganisationFeature.",
                    $"Trained on split {options.Split} of tests/real-documents/labels.tsv ({total} reports of {cases.Select(c => c.Document).Distinct().Count()} documents) at commit {Commit()}, by",
                    "  dotnet run --project tests/SearchService.RealDocuments -c Release -- --texts /work/realdocs/texts \\",
                    $"    --labels tests/real-documents/labels.tsv --split tune --organisations train {options.OrganisationsFile} --l2 {options.L2.ToString(CultureInfo.InvariantCulture)}"
                        + (options.Pairwise ? " --pairwise" : "") + (options.Softmax ? " --softmax" : "") + (options.AlwaysChoose ? " --always-choose" : "") + (options.Without.Count > 0 ? " --without " + string.Join(',', options.Without) : ""),
                    $"{OrganisationScorerTraining.Folds}-fold cross-validation by document: {learnt}/{total} right (hand weights {hand}/{total}); fitted: {fittedRight}/{total}.",
                    "A candidate scores bias + sum(weight × feature); the best is chosen when it scores at least the threshold.");
                File.WriteAllLines(options.OrganisationsFile!, OrganisationScorerTraining.WeightsFile(scorer, provenance));
                Console.WriteLine(provenance);
                break;
            }
            case "score":
            {
                var scorer = OrganisationScorer.Load(options.OrganisationsFile!);
                bool HandRight(OrganisationCase c) => OrganisationScorerTraining.Scored(c) ? c.Outcome(c.HandPick()) == c.Label : c.Produced == c.Label;
                // Paired: the reports the weights get right that the hand-set scoring gets wrong, and the other way round (counts only).
                var gained = cases.Count(c => OrganisationScorerTraining.Right(c, scorer) && !HandRight(c));
                var lost = cases.Count(c => !OrganisationScorerTraining.Right(c, scorer) && HandRight(c));
                Console.WriteLine($"{options.OrganisationsFile}: right {cases.Count(c => OrganisationScorerTraining.Right(c, scorer))}/{cases.Count}, "
                    + $"hand {cases.Count(HandRight)}/{cases.Count}; against the hand-set scoring {gained} go right, {lost} go wrong");
                break;
            }
        }
        return 0;
    }

    private static void Print(OrganisationCase c, OrganisationScorer shipped)
    {
        var hand = c.HandPick();
        var learnt = OrganisationScorerTraining.Scored(c) ? c.Outcome(shipped.Choose(c.Choice!.Candidates)) : c.Produced;
        Console.WriteLine($"{c.Document}#{c.Report} {c.Site} label '{c.Label}' hand '{c.Produced}' {(c.Produced == c.Label ? "ok" : "MISS")} learnt '{learnt}' {(learnt == c.Label ? "ok" : "MISS")}"
            + $"{(c.Reachable ? "" : " UNREACHABLE")}{(c.Choice?.DecidedBeforeScoring is { } d ? $" decided '{d}'" : "")} none→'{c.Choice?.WithoutCandidate}'");
        foreach (var k in c.Choice?.Candidates ?? [])
        {
            var features = string.Join(' ', k.Features.Select((x, i) => (x, i)).Where(p => p.x != 0)
                .Select(p => $"{OrganisationCandidate.FeatureNames[p.i]}={p.x.ToString("0.##", CultureInfo.InvariantCulture)}"));
            Console.WriteLine($"    {(k.Name == hand ? "*" : " ")} {k.Name} → {k.Outcome} hand {k.HandScore:0.##} | {features}");
        }
    }

    private static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, UseShellExecute = false });
            var commit = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
