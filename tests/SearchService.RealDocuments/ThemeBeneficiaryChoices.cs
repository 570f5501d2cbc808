using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-beneficiaries</c> (tune only): chooses <see cref="ThemeBeneficiary"/> — when a report keeps a group's
/// theme because its care actions name the group's people as their beneficiaries (慰问…劳动模范, 看望…快递小哥) — from
/// tune's labels, weighing tune's reports (each file on its own) with <see cref="ThemeTaxonomy.ForReport"/> itself.
/// Among a grid of (any beneficiary or one named in person, fewest title and passages naming them, a floor under the
/// theme's score, a share of the strongest)
/// and off, the one adding the most labelled themes over unlabelled ones, at least <see cref="Margin"/> more than off
/// and no report's sensible theme lost, is chosen leave-one-set-out (<see cref="ThemeGridChoice{T}"/>), then once on all of
/// tune; then the same among the settings asking for a beneficiary named in person only, both scored against off; then,
/// against what ships, among those asking for a name except for some group themes, whose people count named as a group too
/// (<see cref="ThemeBeneficiary.ServedAsGroup"/>: every non-empty set of the group themes, seen once, from a share of the strongest).
/// It also times weighing every report and matching every passage with the rule off and as shipped. Prints, before that, what every setting gives on all of tune, per group theme.
/// </summary>
public static class ThemeBeneficiaryChoices
{
    private static readonly int[] Fewest = [1, 2, 3];
    private static readonly double[] ScoreFloor = [0, 3, 5, 7];
    private static readonly double[] OfStrongest = [0, 0.1, 0.15];
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemeBeneficiary r) => r.IsOff ? "off"
            : $"{(r.Named ? "named " : "")}in {r.AtLeast}, score {r.AtLeastScore.ToString(CultureInfo.InvariantCulture)}, {r.OfStrongest.ToString(CultureInfo.InvariantCulture)} of the strongest"
              + (r.ServedAsGroup.Length > 0 ? $", as a group for {r.ServedAsGroup}" : "");
        var groupThemes = GroupThemes(data.BeneficiaryLines);
        var servedAsGroup = Enumerable.Range(1, (1 << groupThemes.Length) - 1)
            .Select(mask => string.Join(",", groupThemes.Where((_, i) => (mask & (1 << i)) != 0)))
            .SelectMany(themes => OfStrongest.Select(o => new ThemeBeneficiary(1, 0, o, Named: true, ServedAsGroup: themes)));
        var grid = new ThemeGridChoice<ThemeBeneficiary>(reports, ThemeBeneficiary.Off,
            new[] { false, true }.SelectMany(named => Fewest.SelectMany(f => ScoreFloor.SelectMany(s => OfStrongest.Select(o => new ThemeBeneficiary(f, s, o, named)))))
                .Concat(servedAsGroup),
            c => data.With(data.ThemeLines, beneficiary: c), Named, Margin);

        Console.WriteLine("# every setting on all of tune (themes it adds to off's: labelled/unlabelled, per group theme):");
        foreach (var rule in grid.Settings)
        {
            var added = reports.SelectMany(r => grid.ThemesOf(rule, r).Where(t => !grid.ThemesOf(ThemeBeneficiary.Off, r).Contains(t)).Select(t => (t, r.Labels.Contains(t))))
                .GroupBy(x => x.t).Select(g => $"{g.Key} {g.Count(x => x.Item2)}/{g.Count(x => !x.Item2)}");
            Console.WriteLine($"#   {Named(rule)}: {WeighedReport.Figures(WeighedReport.Scored(reports, grid.TaxonomyOf(rule)))}; {string.Join(", ", added)}");
        }
        Console.WriteLine($"# what the shipped setting ({Named(ThemeBeneficiary.Default)}) costs: {Cost(reports, data, ThemeBeneficiary.Off)} off, {Cost(reports, data, ThemeBeneficiary.Default)} shipped");
        Console.WriteLine("# the whole grid:");
        grid.LeaveOneSetOut(ThemeBeneficiary.Off, c => c.ServedAsGroup.Length == 0);
        Console.WriteLine("# only beneficiaries named in person:");
        grid.LeaveOneSetOut(ThemeBeneficiary.Off, c => c.Named && c.ServedAsGroup.Length == 0);
        Console.WriteLine($"# named in person, or as a group for some group themes, against what ships ({Named(ThemeBeneficiary.Default)}):");
        grid.LeaveOneSetOut(ThemeBeneficiary.Default, c => c.Named);
        return 0;
    }

    private static readonly int[] FewerListedThan = [2, 3, 4, 5, 6];

    /// <summary>
    /// <c>--theme-beneficiary-lists</c>: from how many groups listed in the clause naming them (<see cref="ThemeBeneficiary.FewerListedThan"/>)
    /// a group served no longer counts for its theme — a grid of 2–6 (for every group theme, or for one of those served as
    /// a group) and no limit, on top of the shipped rule, chosen leave-one-set-out against what ships, then each setting
    /// fixed, scored set by set against what ships.
    /// </summary>
    public static int RunLists(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemeBeneficiary r) => r.FewerListedThan == int.MaxValue ? "any list"
            : $"fewer than {r.FewerListedThan} groups listed" + (r.ListLimited.Length > 0 ? $" for {r.ListLimited}" : "");
        // Every theme, or one group theme served as a group at a time (new forms of employment: the round-nineteen
        // convention's line is at most three groups named).
        var limited = new[] { "" }.Concat(ThemeBeneficiary.Default.ServedAsGroup.Split(',', StringSplitOptions.RemoveEmptyEntries));
        var settings = limited.SelectMany(themes => FewerListedThan.Select(n => ThemeBeneficiary.Default with { FewerListedThan = n, ListLimited = themes }))
            .Prepend(ThemeBeneficiary.Default with { FewerListedThan = int.MaxValue, ListLimited = "" }).ToList();
        var grid = new ThemeGridChoice<ThemeBeneficiary>(reports, ThemeBeneficiary.Default, settings, c => data.With(data.ThemeLines, beneficiary: c), Named, Margin);
        Console.WriteLine("# every setting on all of tune (themes it takes from what ships: labelled/unlabelled, per group theme):");
        foreach (var rule in grid.Settings)
        {
            var lost = reports.SelectMany(r => grid.ThemesOf(ThemeBeneficiary.Default, r).Where(t => !grid.ThemesOf(rule, r).Contains(t)).Select(t => (t, r.Labels.Contains(t), r)))
                .GroupBy(x => x.t).Select(g => $"{g.Key} {g.Count(x => x.Item2)}/{g.Count(x => !x.Item2)}");
            Console.WriteLine($"#   {Named(rule)}: {WeighedReport.Figures(WeighedReport.Scored(reports, grid.TaxonomyOf(rule)))}; {string.Join(", ", lost)}");
        }
        grid.LeaveOneSetOut(ThemeBeneficiary.Default);
        foreach (var setting in settings)
        {
            Console.WriteLine($"# fixed: {Named(setting)}");
            ThemeChoiceRun.LeaveOneSetOut(reports, ThemeBeneficiary.Default, _ => setting, grid.TaxonomyOf, Named);
        }
        return 0;
    }

    /// <summary>The themes whose people or conditions <c>theme-beneficiaries.tsv</c> lists, in its order.</summary>
    private static string[] GroupThemes(IEnumerable<string> lines) =>
        lines.Select(l => l.Split('\t')).Where(p => p is ["beneficiary" or "condition", _, _]).Select(p => p[2]).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The time to weigh every report and match every passage (as ingestion does) with <paramref name="rule"/>, best of five.</summary>
    private static string Cost(IReadOnlyList<WeighedReport> reports, ThemeDataFiles data, ThemeBeneficiary rule)
    {
        var taxonomy = data.With(data.ThemeLines, beneficiary: rule);
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var r in reports)
            {
                r.ThemesBy(taxonomy);
                foreach (var p in r.Passages) taxonomy.Match(p);
            }
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return $"{best.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
    }
}
