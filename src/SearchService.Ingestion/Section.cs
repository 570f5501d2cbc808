namespace SearchService.Ingestion;

/// <summary>A run of passages under one heading. <see cref="HeadingPath"/> is outermost first
/// (e.g. ["一、制度攻坚，破解组织建设瓶颈", "（一）…"]); empty for text before the first heading.</summary>
public sealed record Section(IReadOnlyList<string> HeadingPath, IReadOnlyList<Passage> Passages)
{
    public string Heading => HeadingPath.Count == 0 ? "" : HeadingPath[^1];
}
