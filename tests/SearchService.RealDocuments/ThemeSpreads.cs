using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-spread</c> (tune only): chooses <see cref="ThemeSpread"/> — when a theme is kept for the passages it stands
/// in, many more than the report's strongest theme's — from tune's labels, weighing tune's reports (each file on its own)
/// with <see cref="ThemeTaxonomy.ForReport"/> itself. Among a grid of (times the strongest theme's passages, fewest
/// passages) and off, the one adding the most labelled themes over unlabelled ones, at least <see cref="Margin"/> more than
/// off and no report's sensible theme lost, is chosen: leave-one-set-out (<see cref="ThemeGridChoice{T}"/>), then once on
/// all of tune.
/// </summary>
public static class ThemeSpreads
{
    private static readonly double[] Times = [1.01, 1.25, 1.5, 2, 2.5, 3];
    private static readonly int[] Fewest = [2, 3];
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemeSpread s) => s == ThemeSpread.Off ? "off" : $"{s.OverStrongest.ToString(CultureInfo.InvariantCulture)} times the strongest's passages, at least {s.AtLeast}";
        var grid = new ThemeGridChoice<ThemeSpread>(reports, ThemeSpread.Off, Times.SelectMany(t => Fewest.Select(f => new ThemeSpread(t, f))),
            s => data.With(data.ThemeLines, s), Named, Margin);
        grid.LeaveOneSetOut(ThemeSpread.Default);
        return 0;
    }
}
