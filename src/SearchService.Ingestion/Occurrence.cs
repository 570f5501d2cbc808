namespace SearchService.Ingestion;

/// <summary>Where a passage's text stood in a source file (1-based line).</summary>
public sealed record Occurrence(string ReportId, string SourcePath, int Line, IReadOnlyList<string> SectionPath, string Text);
