namespace SearchService.Ingestion;

/// <summary>
/// The unit of search: one paragraph, after duplicates were collapsed into it.
/// <see cref="Occurrences"/> lists every place the paragraph (or a near-duplicate) appeared, first place first.
/// </summary>
public sealed record Passage(
    string Id,
    string ReportId,
    int Ordinal,
    string Text,
    IReadOnlyList<string> SectionPath,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Occurrence> Occurrences);
