namespace SearchService.Ingestion;

/// <summary>
/// Where a passage's text stood in a source file: <see cref="Line"/> is its first line (within <see cref="Page"/> for a
/// PDF); <see cref="Ranges"/> every run of lines it was joined from.
/// </summary>
public sealed record Occurrence(string ReportId, string SourcePath, int Line, IReadOnlyList<string> SectionPath, string Text)
{
    /// <summary>The page of <see cref="Line"/> in a PDF; null for other formats.</summary>
    public int? Page { get; init; }

    /// <summary>Every run of source lines the text came from, in reading order; empty in indexes written before ranges were kept.</summary>
    public IReadOnlyList<LineRange> Ranges { get; init; } = [];
}
