namespace SearchService.Ingestion;

/// <summary>
/// The unit of search: one paragraph, after duplicates were collapsed into it.
/// <see cref="Occurrences"/> lists every place the paragraph (or a near-duplicate) appeared, first place first.
/// </summary>
public sealed record Passage(
    string Id,
    string ReportId,
    int Ordinal,
    string Text,
    IReadOnlyList<string> SectionPath,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Occurrence> Occurrences)
{
    /// <summary>Why the passage has its themes: for each theme, the keywords of the taxonomy found in it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }

    /// <summary>When the passage is attributed to another organisation than its report's: the words that show it (<c>青浦区总工会联合…</c>).</summary>
    public string? ActorEvidence { get; init; }
}
