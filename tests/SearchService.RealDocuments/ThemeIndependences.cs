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
/// (<see cref="ThemeChoiceRun"/>), then once on all of tune.
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
        var candidates = Fewest.SelectMany(f => OfStrongest.Select(s => new ThemeIndependence(f, s))).Prepend(ThemeIndependence.Off).ToList();
        var taxonomies = candidates.ToDictionary(c => c, c => data.With(data.ThemeLines, independence: c));
        var themesOf = candidates.ToDictionary(c => c, c => reports.ToDictionary(r => r, r => r.ThemesBy(taxonomies[c])));

        ThemeIndependence Choose(IReadOnlyList<WeighedReport> set) =>
            ThemeChoiceRun.BestOver(set, ThemeIndependence.Off, candidates.Skip(1), (rule, r) => themesOf[rule][r], Margin);
        static string Named(ThemeIndependence r) => r == ThemeIndependence.Off ? "off"
            : $"{r.AtLeast} passages of its own, {r.OfStrongest.ToString(CultureInfo.InvariantCulture)} of the strongest";

        Console.WriteLine("# every rule on all of tune:");
        foreach (var rule in candidates)
            Console.WriteLine($"#   {Named(rule)}: {WeighedReport.Figures(WeighedReport.Scored(reports, taxonomies[rule]))}");
        ThemeChoiceRun.LeaveOneSetOut(reports, ThemeIndependence.Default, Choose, r => taxonomies[r], Named);
        return 0;
    }
}
