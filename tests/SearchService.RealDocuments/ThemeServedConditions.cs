using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-served-condition</c> (tune only): chooses <see cref="ThemeServedCondition"/> — whether care for workers in a
/// condition (heat relief: 慰问 with 高温, 送清凉) told in the title, a heading or the first so many passages keeps both the
/// condition's theme and the care's — among off and the title and headings with 0–3 opening passages, leaving one
/// gathered set out (<see cref="ThemeGridChoice{T}"/>: at least <see cref="Margin"/> more labelled themes than unlabelled
/// ones than off, no sensible theme lost), scored against what ships, then once on all of tune; then each setting fixed.
/// </summary>
public static class ThemeServedConditions
{
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemeServedCondition r) => r.IsOff ? "off" : $"title, headings and {r.OpeningPassages} opening passages";
        var settings = Enumerable.Range(0, 4).Select(n => new ThemeServedCondition(n)).ToList();
        var grid = new ThemeGridChoice<ThemeServedCondition>(reports, ThemeServedCondition.Off, settings,
            c => data.With(data.ThemeLines, servedCondition: c), Named, Margin);
        grid.PrintEverySetting("# every setting on all of tune:");
        grid.LeaveOneSetOut(ThemeServedCondition.Default);
        foreach (var setting in settings.Prepend(ThemeServedCondition.Off))
        {
            Console.WriteLine($"# fixed: {Named(setting)}");
            ThemeChoiceRun.LeaveOneSetOut(reports, ThemeServedCondition.Default, _ => setting, grid.TaxonomyOf, Named);
        }
        return 0;
    }
}
