using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-passing</c> (tune only): chooses <see cref="ThemePassingMention"/> — when a theme reaching half the strongest's
/// score is left out as a passing mention (not in the title, in fewer than so many passages, under a share of the
/// strongest) — from tune's labels, weighing tune's reports (each file on its own) with <see cref="ThemeTaxonomy.ForReport"/>
/// itself. Among a grid of (share, passages) and off, the one adding the most labelled themes over unlabelled ones, at
/// least <see cref="Margin"/> more than off and no report's sensible theme lost, is chosen leave-one-set-out
/// (<see cref="ThemeGridChoice{T}"/>), then once on all of tune; then each setting of the grid, fixed, is scored set by
/// set against what ships (mean and worst set), since the choice refuses any setting that loses a sensible theme.
/// </summary>
public static class ThemePassingMentions
{
    private static readonly double[] UnderShare = [0.55, 0.6, 0.75, 1.01];
    private static readonly int[] FewerPassagesThan = [2, 3];
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemePassingMention r) => r == ThemePassingMention.Off ? "off"
            : $"under {r.UnderShare.ToString(CultureInfo.InvariantCulture)} of the strongest, in fewer than {r.FewerPassagesThan} passages";
        var settings = UnderShare.SelectMany(u => FewerPassagesThan.Select(f => new ThemePassingMention(u, f))).ToList();
        var grid = new ThemeGridChoice<ThemePassingMention>(reports, ThemePassingMention.Off, settings, c => data.With(data.ThemeLines, passing: c), Named, Margin);
        grid.PrintEverySetting("# every rule on all of tune:");
        grid.LeaveOneSetOut(ThemePassingMention.Default);
        foreach (var setting in settings)
        {
            Console.WriteLine($"# fixed: {Named(setting)}");
            ThemeChoiceRun.LeaveOneSetOut(reports, ThemePassingMention.Default, _ => setting, grid.TaxonomyOf, Named);
        }
        return 0;
    }
}
