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

/// <summary>
/// What a write stored: the reports with their extracted metadata, anything that could not be read, and the lines left
/// out on purpose (<c>droppedLines</c>: page chrome such as 上一篇/下一篇 or 扫码关注, with their line and reason).
/// </summary>
public sealed record WriteResponse(string Id, IReadOnlyList<ReportSummaryResponse> Reports, IReadOnlyList<SkippedFileResponse> Problems,
    IReadOnlyList<DroppedLineResponse> DroppedLines)
{
    /// <param name="reports">The reports as stored (corrections applied; a replacement has its route's id).</param>
    public static WriteResponse From(IReadOnlyList<Report> reports, IReadOnlyList<IngestionProblem> problems, IReadOnlyList<DroppedLine> dropped) =>
        new(reports[0].Id, reports.Select(r => ReportSummaryResponse.From(ReportCatalog.Summarise(r))).ToList(), SkippedFileResponse.From(problems),
            dropped.Select(d => new DroppedLineResponse(d.Lines.First, d.Lines.FirstPage, d.Reason, d.Text)).ToList());
}

/// <summary>A line of the upload left out of every report (its first line, PDF page, why, and its text).</summary>
public sealed record DroppedLineResponse(int Line, int? Page, string Reason, string Text);

/// <summary>A file (or part of one) that could not be read; the rest was still ingested.</summary>
public sealed record SkippedFileResponse(string Path, string Message)
{
    public static IReadOnlyList<SkippedFileResponse> From(IReadOnlyList<IngestionProblem> problems) =>
        problems.Select(p => new SkippedFileResponse(p.Path, p.Message)).ToList();
}
