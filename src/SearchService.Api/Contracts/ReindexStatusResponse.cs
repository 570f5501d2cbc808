using SearchService.Core.Sources;

namespace SearchService.Api.Contracts;

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
    int DuplicatesCollapsed,
    int LinesDropped)
{
    public static IndexRunResponse From(IndexRunSummary run) => new(
        run.Rebuilt, run.FilesSeen, run.FilesIndexed, run.FilesUnchanged, run.FilesRemoved, SkippedFileResponse.From(run.Problems), run.Reports,
        run.Passages, run.Paragraphs, run.PassagesByOrganisation, run.Elapsed, run.DuplicatesCollapsed, run.LinesDropped);
}
