using System.Globalization;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// The loop the harness's theme choosers share (<see cref="ThemeShares"/>, <see cref="ThemePruning"/> and, through
/// <see cref="ThemeGridChoice{T}"/>, those choosing one setting from a grid): a choice made from labels is scored leave-one-set-out —
/// for each of tune's gathered sets (<see cref="TuneSets"/>) chosen on the others and scored on it, against what ships —
/// then made once on all of tune. It prints each set's figures, the pooled ones, and the mean and worst set of the
/// change in labelled themes produced, unlabelled themes produced and reports with a sensible theme.
/// </summary>
internal static class ThemeChoiceRun
{
    /// <summary>Runs the loop and returns the choice made on all of tune.</summary>
    public static T LeaveOneSetOut<T>(IReadOnlyList<WeighedReport> reports, T shipped, Func<IReadOnlyList<WeighedReport>, T> choose,
        Func<T, ThemeTaxonomy> taxonomyOf, Func<T, string> named)
    {
        var shippedTaxonomy = taxonomyOf(shipped);
        Console.WriteLine($"# shipped ({named(shipped)}), all of tune: {WeighedReport.Figures(WeighedReport.Scored(reports, shippedTaxonomy))}");
        var pooledShipped = new List<(WeighedReport, IReadOnlyList<string>)>();
        var pooledChosen = new List<(WeighedReport, IReadOnlyList<string>)>();
        var changes = new List<(string Set, int Labelled, int Unlabelled, int Sensible, int Total)>();
        var perSetShipped = new List<ThemeSetFigures>();
        var perSetChosen = new List<ThemeSetFigures>();
        for (var set = 0; set < TuneSets.Ranges.Length; set++)
        {
            var held = reports.Where(r => TuneSets.Of(r.Doc) == set).ToList();
            if (held.Count == 0) continue;
            var chosen = choose(reports.Where(r => TuneSets.Of(r.Doc) != set).ToList());
            var before = WeighedReport.Scored(held, shippedTaxonomy).ToList();
            var after = WeighedReport.Scored(held, taxonomyOf(chosen)).ToList();
            pooledShipped.AddRange(before);
            pooledChosen.AddRange(after);
            perSetShipped.Add(Of(TuneSets.Name(set), before));
            perSetChosen.Add(Of(TuneSets.Name(set), after));
            var change = (TuneSets.Name(set), Count(after, true) - Count(before, true), Count(after, false) - Count(before, false),
                Sensible(after) - Sensible(before), held.Sum(r => r.Labels.Count));
            changes.Add(change);
            Console.WriteLine($"# set {change.Item1}, chosen on the others ({named(chosen)}): {WeighedReport.Figures(before)} → {WeighedReport.Figures(after)}"
                + $" (labelled {change.Item2:+0;-0;0}, unlabelled {change.Item3:+0;-0;0}, sensible {change.Item4:+0;-0;0})");
        }
        Console.WriteLine($"# leave-one-set-out, pooled: {WeighedReport.Figures(pooledShipped)} → {WeighedReport.Figures(pooledChosen)}");
        Console.WriteLine($"# per set, shipped → chosen on the others: {MeanAndWorst(perSetShipped)} → {MeanAndWorst(perSetChosen)}");
        static string Share(double x) => x.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
        var recall = changes.Select(c => 100.0 * c.Labelled / c.Total).ToList();
        var worstRecall = changes.MinBy(c => (double)c.Labelled / c.Total);
        var worstGain = changes.MinBy(c => c.Labelled - c.Unlabelled);
        var worstSensible = changes.MinBy(c => c.Sensible);
        Console.WriteLine($"# per set: recall change mean {Share(recall.Average())} points, worst {worstRecall.Set} {Share(100.0 * worstRecall.Labelled / worstRecall.Total)};"
            + $" labelled minus unlabelled mean {Share(changes.Average(c => c.Labelled - c.Unlabelled))}, worst {worstGain.Set} {worstGain.Labelled - worstGain.Unlabelled:+0;-0;0};"
            + $" sensible worst {worstSensible.Set} {worstSensible.Sensible:+0;-0;0}; sets gaining/losing labelled minus unlabelled {changes.Count(c => c.Labelled > c.Unlabelled)}/{changes.Count(c => c.Labelled < c.Unlabelled)}");
        var all = choose(reports);
        Console.WriteLine($"# chosen on all of tune ({named(all)}): {WeighedReport.Figures(WeighedReport.Scored(reports, taxonomyOf(all)))}");
        return all;
    }

    /// <summary>
    /// The rule among <paramref name="grid"/> whose themes add the most labelled themes over unlabelled ones to
    /// <paramref name="set"/>, at least <paramref name="margin"/> more than <paramref name="baseline"/>'s, losing no report's
    /// sensible theme; else the baseline. The choosers of one setting for every report use it.
    /// </summary>
    public static T BestOver<T>(IReadOnlyList<WeighedReport> set, T baseline, IEnumerable<T> grid, Func<T, WeighedReport, IReadOnlyList<string>> themesOf, int margin)
    {
        (int Gain, int Sensible) Score(T rule) =>
            (set.Sum(r => r.Gain(themesOf(rule, r))), set.Count(r => themesOf(rule, r).Any(r.Labels.Contains)));
        var now = Score(baseline);
        var (by, best) = (now.Gain + margin - 1, baseline);
        foreach (var rule in grid)
        {
            var (gain, sensible) = Score(rule);
            if (gain > by && sensible >= now.Sensible) (by, best) = (gain, rule);
        }
        return best;
    }

    private static ThemeSetFigures Of(string set, List<(WeighedReport Report, IReadOnlyList<string> Themes)> scored) =>
        new(set, scored.Count, Sensible(scored), Count(scored, true), scored.Sum(s => s.Themes.Count), scored.Sum(s => s.Report.Labels.Count));

    /// <summary>The mean over sets and the worst set of the sensible share, precision and recall.</summary>
    private static string MeanAndWorst(List<ThemeSetFigures> sets)
    {
        static string Pct(double x) => (100 * x).ToString("0.0", CultureInfo.InvariantCulture);
        string Of(string name, Func<ThemeSetFigures, double> by) =>
            $"{name} mean {Pct(sets.Average(by))} worst {Pct(sets.Min(by))} ({sets.MinBy(by)!.Set})";
        return $"{Of("sensible", s => s.SensibleShare)}, {Of("precision", s => s.Precision)}, {Of("recall", s => s.Recall)}";
    }

    private static int Count(List<(WeighedReport Report, IReadOnlyList<string> Themes)> scored, bool labelled) =>
        scored.Sum(s => s.Themes.Count(t => s.Report.Labels.Contains(t) == labelled));

    private static int Sensible(List<(WeighedReport Report, IReadOnlyList<string> Themes)> scored) =>
        scored.Count(s => s.Themes.Any(s.Report.Labels.Contains));
}
