using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Api.Contracts;

/// <summary>Liveness or readiness, with what the index holds when ready.</summary>
public sealed record HealthResponse(string Status, IndexStatsResponse? Index);

/// <summary>What the index holds right now; <c>lastCommit</c> is this process's last write.</summary>
public sealed record IndexStatsResponse(int Reports, int Passages, int Sources, DateTimeOffset? LastCommit)
{
    public static IndexStatsResponse From(IndexStats stats) => new(stats.Reports, stats.Passages, stats.Sources, stats.LastCommit);
}

/// <summary>Where the last re-index is.</summary>
public enum ReindexState { Idle, Running, Succeeded, Failed }

/// <summary>The last re-index: its state, when it started and finished, and what it did or why it failed.</summary>
public sealed record ReindexStatusResponse(ReindexState State, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, IndexRunResponse? Summary, string? Error);

/// <summary>What one indexing run did.</summary>
public sealed record IndexRunResponse(
    bool Rebuilt,
    int FilesSeen,
    int FilesIndexed,
    int FilesUnchanged,
    int FilesRemoved,
    IReadOnlyList<SkippedFileResponse> Problems,
    int Reports,
    int Passages,
    int Paragraphs,
    IReadOnlyDictionary<string, int> PassagesByOrganisation,
    TimeSpan Elapsed,
    int DuplicatesCollapsed)
{
    public static IndexRunResponse From(IndexRunSummary run) => new(
        run.Rebuilt, run.FilesSeen, run.FilesIndexed, run.FilesUnchanged, run.FilesRemoved, SkippedFileResponse.From(run.Problems), run.Reports,
        run.Passages, run.Paragraphs, run.PassagesByOrganisation, run.Elapsed, run.DuplicatesCollapsed);
}

/// <summary>A file (or part of one) that could not be read; the rest was still ingested.</summary>
public sealed record SkippedFileResponse(string Path, string Message)
{
    public static IReadOnlyList<SkippedFileResponse> From(IReadOnlyList<IngestionProblem> problems) =>
        problems.Select(p => new SkippedFileResponse(p.Path, p.Message)).ToList();
}

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
