namespace SearchService.Ingestion;

/// <summary>
/// The unit of search: one paragraph, after the repeats of its source document were collapsed into it.
/// <see cref="Occurrences"/> lists every place in that document the paragraph (or a near-duplicate) appeared, first
/// place first. The same paragraph in another document is another passage, of that document's report, with the same
/// <see cref="TwinKey"/>.
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
    /// <summary>
    /// Equal for passages whose normalised text is equal, in any report and any run (a hash of that text), so search
    /// can show one of them with "also in N reports". Near-twins (reworded, truncated) share a band key of
    /// <see cref="Twins.BandKeys"/> instead; the index holds both.
    /// </summary>
    public string TwinKey { get; init; } = "";

    /// <summary>Why the passage has its themes: for each theme, the keywords of the taxonomy found in it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }

    /// <summary>When the passage is attributed to another organisation than its report's: the words that show it (<c>青浦区总工会联合…</c>).</summary>
    public string? ActorEvidence { get; init; }
}
