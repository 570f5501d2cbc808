using SearchService.Ingestion;

namespace SearchService.Core.Search;

/// <summary>A passage with its report and every place its text (or a near-duplicate) occurred.</summary>
public sealed record PassageView(
    string Id,
    string ReportId,
    string ReportTitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string Section,
    int Ordinal,
    string Text,
    string SourcePath,
    IReadOnlyList<Occurrence> Occurrences);
