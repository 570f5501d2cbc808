namespace SearchService.Ingestion;

public sealed record IngestionResult(IReadOnlyList<Report> Reports, IReadOnlyList<IngestionProblem> Problems);

/// <summary>A file that could not be read (or part of it); the rest of the corpus is still ingested.</summary>
public sealed record IngestionProblem(string Path, string Message);
