using SearchService.Core.Search.Matching;

namespace SearchService.Core.Search;

/// <summary>
/// A page of hits and the facet counts over all matches. <see cref="MatchMode"/> says how the words were combined
/// (<see cref="CompleteMatches"/> of the matches hold all of them). <see cref="Cached"/>:
/// the same search was answered before and the index has not changed since.
/// </summary>
public sealed record SearchResult(
    string Query,
    int Total,
    long TookMs,
    int Page,
    int Size,
    MatchMode MatchMode,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    int? TotalGroups = null,
    int CompleteMatches = 0,
    bool Cached = false);

/// <summary>
/// One passage that matched. <see cref="Highlights"/> are HTML: escaped text with <c>&lt;mark&gt;</c> around matches.
/// <see cref="TextTruncated"/>: <see cref="Text"/> was cut at <see cref="LimitsOptions.MaxHitTextChars"/>; the passage
/// view has it whole.
/// </summary>
public sealed record SearchHit(
    string Id,
    string ReportId,
    string ReportTitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> RegionPath,
    IReadOnlyList<string> Themes,
    string Section,
    string Text,
    IReadOnlyList<string> Highlights,
    float Score,
    int? MatchingPassages = null,
    string? Explanation = null,
    bool TextTruncated = false)
{
    /// <summary>The report's date as recorded (ISO: yyyy, yyyy-MM or yyyy-MM-dd); null when unknown.</summary>
    public string? Date { get; init; }

    /// <summary>What a citation of the passage names (its permalink is the API's to add); null in an index written before citations.</summary>
    public Citations.CitationParts? Citation { get; init; }

    /// <summary>For a precedent: the key words of the passage it is similar to that it holds too, most telling first.</summary>
    public IReadOnlyList<string>? SharedTerms { get; init; }
}

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Organisation,
    IReadOnlyList<FacetValue> Region,
    IReadOnlyList<FacetValue> Theme,
    IReadOnlyList<FacetValue> Year);

/// <summary>A facet value and how many matches carry it. For regions <see cref="Path"/> is the full path (the value to filter by).</summary>
public sealed record FacetValue(string Value, int Count, bool Selected, string? Path = null, int? Level = null);
