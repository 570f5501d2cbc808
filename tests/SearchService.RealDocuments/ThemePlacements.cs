using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-placement</c> (tune only): chooses <see cref="ThemePlacement"/> — how many times a keyword counts in the
/// title and in the lead — from tune's labels, weighing tune's reports (each file on its own) with
/// <see cref="ThemeTaxonomy.ForReport"/> itself. Among a grid of title and lead factors, the one adding the most labelled
/// themes over unlabelled ones, at least <see cref="Margin"/> more than what ships and no report's sensible theme lost, is
/// chosen leave-one-set-out (<see cref="ThemeGridChoice{T}"/>), then once on all of tune.
/// </summary>
public static class ThemePlacements
{
    private static readonly double[] Titles = [2, 3, 4, 5];
    private static readonly double[] Leads = [1.5, 2, 3];
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var shipped = ThemePlacement.Default;
        static string Named(ThemePlacement p) =>
            $"title ×{p.Title.ToString(CultureInfo.InvariantCulture)}, lead ×{p.Lead.ToString(CultureInfo.InvariantCulture)}";
        var grid = new ThemeGridChoice<ThemePlacement>(reports, shipped, Titles.SelectMany(t => Leads.Select(l => new ThemePlacement(t, shipped.Heading, l))),
            p => data.With(data.ThemeLines, placement: p), Named, Margin);
        grid.PrintEverySetting("# every placement on all of tune:");
        grid.LeaveOneSetOut(shipped);
        return 0;
    }
}
