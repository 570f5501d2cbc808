using System.Text.Json;
using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-reports FILE</c> (tune only): writes every tune report with labelled themes as the theme choice reads it
/// (<see cref="WeighedReport"/>: the folded title, headings and passages, with the labels and the report's set) to FILE,
/// one JSON object a line, so theme evidence can be explored outside the harness. The file holds the texts: keep it
/// outside the repository.
/// </summary>
public static class ThemeReports
{
    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, string outputFile)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var taxonomy = data.With(data.ThemeLines);
        using var output = new StreamWriter(outputFile);
        foreach (var r in reports)
            output.WriteLine(JsonSerializer.Serialize(new
            {
                doc = r.Doc, set = TuneSets.Of(r.Doc), labels = r.Labels, title = r.Title, headings = r.Headings, passages = r.Passages,
                kept = r.ThemesBy(taxonomy),
                candidates = taxonomy.Candidates(r.Title, r.Headings, r.Passages).Select(c => new { theme = c.Theme, score = c.Score, named = c.Named, held = c.PassagesHolding }),
            }));
        Console.WriteLine($"# {reports.Count} reports written to {outputFile}");
        return 0;
    }
}
