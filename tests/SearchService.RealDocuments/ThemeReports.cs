using System.Text.Encodings.Web;
using System.Text.Json;
using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// Tune's reports as ingestion makes them (each file on its own), one JSON line per labelled report: its labelled
/// themes, the themes produced, and the title (with subtitle), headings and passages a report's themes are weighed
/// from. Scripts that learn theme settings from tune's labels read it (src/SearchService.Ingestion/Data/build).
/// </summary>
public static class ThemeReports
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Write(string path, HarnessOptions options, IReadOnlyList<LabelledDocument> documents, IngestionPipeline pipeline)
    {
        using var writer = new StreamWriter(path);
        var count = 0;
        foreach (var document in documents)
        {
            var produced = ProducedDocument.From(document.FileName, pipeline.IngestPath(Path.Combine(options.TextsFolder, document.FileName)));
            foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced.Reports))
            {
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    doc = document.Id,
                    report = label.Number,
                    labels = label.Themes,
                    produced = report?.Themes ?? [],
                    title = report is null ? "" : report.Subtitle is null ? report.Title : report.Title + "\n" + report.Subtitle,
                    headings = report?.Passages.SelectMany(p => p.SectionPath).ToList() ?? [],
                    passages = report?.Passages.Select(p => p.Text).ToList() ?? [],
                }, Json));
                count++;
            }
        }
        Console.WriteLine($"{count} reports written to {path}");
        return 0;
    }
}
