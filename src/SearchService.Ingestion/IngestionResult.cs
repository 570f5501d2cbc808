namespace SearchService.Ingestion;

public sealed record IngestionResult(IReadOnlyList<Report> Reports, IReadOnlyList<IngestionProblem> Problems)
{
    /// <summary>
    /// Lines left out of every report on purpose (page chrome such as 上一篇/下一篇, 扫码关注, 版权所有), and lines from which
    /// reading removed something (pinyin glosses, the line given as written), so nothing disappears unaccounted.
    /// </summary>
    public IReadOnlyList<DroppedLine> Dropped { get; init; } = [];
}

/// <summary>A file that could not be read (or part of it); the rest of the corpus is still ingested.</summary>
public sealed record IngestionProblem(string Path, string Message);

/// <summary>A source line that is in no report, and why.</summary>
public sealed record DroppedLine(string SourcePath, LineRange Lines, string Reason, string Text);
