using SearchService.Core.Search;

namespace SearchService.Api.Contracts;

/// <summary>A report in a listing: its metadata and how many distinct passages and sections it holds.</summary>
public sealed record ReportSummaryResponse(
    string Id,
    string Title,
    string? Subtitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string? Date,
    string SourcePath,
    int Passages,
    int Sections)
{
    public static ReportSummaryResponse From(ReportSummary summary) => new(
        summary.Id, summary.Title, summary.Subtitle, summary.Organisation, summary.Region, summary.Themes, summary.Date, summary.SourcePath,
        summary.Passages, summary.Sections);
}
