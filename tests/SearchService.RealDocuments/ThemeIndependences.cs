using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-independence</c> (tune only): chooses <see cref="ThemeIndependence"/> — when a theme is kept for passages of
/// its own, which would have it alone and hold no keyword of the strongest theme — from tune's labels, weighing tune's
/// reports (each file on its own) with <see cref="ThemeTaxonomy.ForReport"/> itself. Among a grid of (fewest such
/// passages, share of the strongest score) and off, the one adding the most labelled themes over unlabelled ones, at
/// least <see cref="Margin"/> more than off and no report's sensible theme lost, is chosen leave-one-set-out
/// (<see cref="ThemeGridChoice{T}"/>), then once on all of tune.
/// </summary>
public static class ThemeIndependences
{
    private static readonly int[] Fewest = [1, 2, 3];
    private static readonly double[] OfStrongest = [0, 0.1, 0.15, 0.2];
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemeIndependence r) => r == ThemeIndependence.Off ? "off"
            : $"{r.AtLeast} passages of its own, {r.OfStrongest.ToString(CultureInfo.InvariantCulture)} of the strongest";
        var grid = new ThemeGridChoice<ThemeIndependence>(reports, ThemeIndependence.Off,
            Fewest.SelectMany(f => OfStrongest.Select(s => new ThemeIndependence(f, s))), c => data.With(data.ThemeLines, independence: c), Named, Margin);
        grid.PrintEverySetting("# every rule on all of tune:");
        grid.LeaveOneSetOut(ThemeIndependence.Default);
        return 0;
    }
}
