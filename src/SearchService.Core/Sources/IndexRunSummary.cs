using SearchService.Ingestion;

namespace SearchService.Core.Sources;

/// <summary>What one indexing run did, for the CLI's table and the API's start-up log.</summary>
public sealed record IndexRunSummary(
    bool Rebuilt,
    int FilesSeen,
    int FilesIndexed,
    int FilesUnchanged,
    int FilesRemoved,
    IReadOnlyList<IngestionProblem> Problems,
    int Reports,
    int Passages,
    int Paragraphs,
    IReadOnlyDictionary<string, int> PassagesByOrganisation,
    TimeSpan Elapsed)
{
    /// <summary>Documents of the document store (written through the API) ingested again by a rebuild.</summary>
    public int Documents { get; init; }

    /// <summary>Source lines left out on purpose (page chrome: 上一篇/下一篇, 扫码关注, copyright notices), counted so none disappears unnoticed.</summary>
    public int LinesDropped { get; init; }

    /// <summary>Paragraphs that were folded into another passage as (near-)duplicates.</summary>
    public int DuplicatesCollapsed => Paragraphs - Passages;
}
