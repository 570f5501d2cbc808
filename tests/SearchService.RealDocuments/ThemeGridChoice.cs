using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// A grid of options for one theme setting, scored leaving one set out: what the harness's theme choosers
/// (<see cref="ThemeSpreads"/>, <see cref="ThemeIndependences"/>, <see cref="ThemePlacements"/>,
/// <see cref="ThemeBeneficiaryChoices"/>) share. Every option's taxonomy is built once and every report's themes under it
/// weighed once; an option is chosen on a set of reports when it adds at least <c>margin</c> more labelled themes over
/// unlabelled ones than <c>baseline</c> and loses no report's sensible theme (<see cref="ThemeChoiceRun.BestOver{T}"/>).
/// </summary>
internal sealed class ThemeGridChoice<T> where T : notnull
{
    private readonly IReadOnlyList<WeighedReport> reports;
    private readonly T baseline;
    private readonly IReadOnlyList<T> options;
    private readonly Func<T, string> named;
    private readonly int margin;
    private readonly Func<T, ThemeTaxonomy> taxonomyOf;
    private readonly Dictionary<T, ThemeTaxonomy> taxonomies;
    private readonly Dictionary<T, Dictionary<WeighedReport, IReadOnlyList<string>>> themes;

    /// <param name="options">The grid; it may hold <paramref name="baseline"/> itself.</param>
    public ThemeGridChoice(IReadOnlyList<WeighedReport> reports, T baseline, IEnumerable<T> options, Func<T, ThemeTaxonomy> taxonomyOf,
        Func<T, string> named, int margin)
    {
        this.reports = reports;
        this.baseline = baseline;
        this.options = options.ToList();
        this.named = named;
        this.margin = margin;
        this.taxonomyOf = taxonomyOf;
        taxonomies = this.options.Prepend(baseline).Distinct().ToDictionary(o => o, taxonomyOf);
        themes = taxonomies.ToDictionary(t => t.Key, t => reports.ToDictionary(r => r, r => r.ThemesBy(t.Value)));
    }

    /// <summary>The grid, after the baseline when the grid does not hold it.</summary>
    public IEnumerable<T> Settings => options.Contains(baseline) ? options : options.Prepend(baseline);

    public ThemeTaxonomy TaxonomyOf(T option) => taxonomies.GetValueOrDefault(option) ?? taxonomyOf(option);

    public IReadOnlyList<string> ThemesOf(T option, WeighedReport report) => themes[option][report];

    public string Named(T option) => named(option);

    /// <summary>The option among the grid (those <paramref name="among"/> admits) chosen on <paramref name="set"/>, else the baseline.</summary>
    public T Choose(IReadOnlyList<WeighedReport> set, Func<T, bool>? among = null) =>
        ThemeChoiceRun.BestOver(set, baseline, options.Where(among ?? (_ => true)), ThemesOf, margin);

    /// <summary>Prints <paramref name="heading"/>, then every setting's figures on all of tune.</summary>
    public void PrintEverySetting(string heading)
    {
        Console.WriteLine(heading);
        foreach (var option in Settings)
            Console.WriteLine($"#   {named(option)}: {WeighedReport.Figures(WeighedReport.Scored(reports, TaxonomyOf(option)))}");
    }

    /// <summary>Chooses leaving one set out, scored against <paramref name="shipped"/>, then once on all of tune (<see cref="ThemeChoiceRun"/>).</summary>
    public T LeaveOneSetOut(T shipped, Func<T, bool>? among = null) =>
        ThemeChoiceRun.LeaveOneSetOut(reports, shipped, set => Choose(set, among), TaxonomyOf, named);
}
