using SearchService.Ingestion;

namespace SearchService.Core.Search;

/// <summary>A passage with its report and every place its text (or a near-duplicate) occurred.</summary>
public sealed record PassageView(
    string Id,
    string ReportId,
    string ReportTitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string Section,
    int Ordinal,
    string Text,
    string SourcePath,
    IReadOnlyList<Occurrence> Occurrences)
{
    /// <summary>Why the passage has its themes: for each theme, the keywords of the taxonomy found in it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }

    /// <summary>What a citation of the passage names; null in an index written before citations.</summary>
    public Citations.CitationParts? Citation { get; init; }
}
