namespace SearchService.Core.Search;

/// <summary>A report in a listing: its metadata and how many distinct passages it holds.</summary>
public sealed record ReportSummary(
    string Id,
    string Title,
    string? Subtitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string? Date,
    string SourcePath,
    int Passages,
    int Sections);
