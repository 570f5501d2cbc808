using SearchService.Ingestion;

namespace SearchService.Ingestion.Tests;

/// <summary>The splitting tests' way in: a page ingested on its own, and a page that must give so many items and lose no line.</summary>
public static class ListPages
{
    public static IngestionResult Ingest(string text) => new IngestionPipeline().IngestText("page.txt", text);

    public static IngestionResult IngestItems(string text, int items)
    {
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(items, result.Reports.Count);
        return result;
    }
}
