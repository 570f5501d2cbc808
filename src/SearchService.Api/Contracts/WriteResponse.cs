using SearchService.Core.Search;
using SearchService.Ingestion;

namespace SearchService.Api.Contracts;

/// <summary>The body of POST/PUT /api/reports as JSON.</summary>
public sealed record ReportUpload(
    string? Title,
    string? Text,
    string? Organisation = null,
    string? Region = null,
    IReadOnlyList<string>? Themes = null,
    string? Date = null,
    string? SourceUrl = null);

/// <summary>What a write stored: the reports with their extracted metadata, and anything that could not be read.</summary>
public sealed record WriteResponse(string Id, IReadOnlyList<ReportSummaryResponse> Reports, IReadOnlyList<SkippedFileResponse> Problems)
{
    public static WriteResponse From(IReadOnlyList<Report> reports, IReadOnlyList<IngestionProblem> problems) =>
        new(reports[0].Id, reports.Select(r => ReportSummaryResponse.From(ReportCatalog.Summarise(r))).ToList(), SkippedFileResponse.From(problems));
}

/// <summary>A file (or part of one) that could not be read; the rest was still ingested.</summary>
public sealed record SkippedFileResponse(string Path, string Message)
{
    public static IReadOnlyList<SkippedFileResponse> From(IReadOnlyList<IngestionProblem> problems) =>
        problems.Select(p => new SkippedFileResponse(p.Path, p.Message)).ToList();
}
