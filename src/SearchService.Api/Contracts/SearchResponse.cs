using SearchService.Api.Infrastructure;
using SearchService.Core.Search;
using SearchService.Core.Search.Citations;
using SearchService.Core.Search.Matching;

namespace SearchService.Api.Contracts;

/// <summary>
/// A page of hits and the facet counts over all matches. <c>matchMode</c> says how the words were combined: <c>all</c>;
/// <c>most</c> or <c>any</c> when all-words found too little and passages with most (then any) of the words follow the
/// <c>completeMatches</c> complete ones; with <c>op=or</c>, <c>any</c>. <c>cached</c>: the same search was answered
/// before and the index has not changed since.
/// </summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    long TookMs,
    int Page,
    int Size,
    MatchMode MatchMode,
    IReadOnlyList<SearchHitResponse> Hits,
    SearchFacetsResponse Facets,
    int? TotalGroups,
    int CompleteMatches,
    bool Cached)
{
    public static SearchResponse From(SearchResult result, Permalinks? links = null) => new(
        result.Query, result.Total, result.TookMs, result.Page, result.Size, result.MatchMode, SearchHitResponse.From(result.Hits, links),
        SearchFacetsResponse.From(result.Facets), result.TotalGroups, result.CompleteMatches, result.Cached);
}

/// <summary>
/// One passage that matched. <c>highlights</c> are HTML: escaped text with <c>&lt;mark&gt;</c> around matches.
/// <c>textTruncated</c> (only when true): <c>text</c> was cut at <c>Limits:MaxHitTextChars</c>; <c>/api/passages/{id}</c>
/// has it whole.
/// <c>date</c>: the report's date (yyyy, yyyy-MM or yyyy-MM-dd) when known. <c>citation</c>: the passage cited in
/// GB/T 7714 style, ending with its permalink; <c>citationParts</c> its pieces, among them the source file and lines.
/// <c>sharedTerms</c> (precedents only): the key words of the passage it was found for that it holds too.
/// </summary>
public sealed record SearchHitResponse(
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
    int? MatchingPassages,
    string? Explanation,
    bool? TextTruncated = null)
{
    public string? Date { get; init; }

    public string? Citation { get; init; }

    public CitationPartsResponse? CitationParts { get; init; }

    public IReadOnlyList<string>? SharedTerms { get; init; }

    /// <param name="links">The permalinks a citation ends with; null cites without one.</param>
    public static SearchHitResponse From(SearchHit hit, Permalinks? links = null)
    {
        var cited = hit.Citation is null ? ((string, CitationParts)?)null
            : links is null ? (CitationFormatter.Format(hit.Citation), hit.Citation) : links.Cite(hit.Citation, links.Passage(hit.Id));
        return new(
            hit.Id, hit.ReportId, hit.ReportTitle, hit.Organisation, hit.Region, hit.RegionPath, hit.Themes, hit.Section, hit.Text, hit.Highlights,
            hit.Score, hit.MatchingPassages, hit.Explanation, hit.TextTruncated ? true : null)
        {
            Date = hit.Date,
            Citation = cited?.Item1,
            CitationParts = cited is { } c ? CitationPartsResponse.From(c.Item2) : null,
            SharedTerms = hit.SharedTerms,
        };
    }

    public static IReadOnlyList<SearchHitResponse> From(IReadOnlyList<SearchHit> hits, Permalinks? links = null) => hits.Select(h => From(h, links)).ToList();
}

/// <summary>The values of each facet with their counts over all matches. <c>year</c>: the reports' years, newest first, then 未注明 (no date).</summary>
public sealed record SearchFacetsResponse(
    IReadOnlyList<FacetValueResponse> Organisation,
    IReadOnlyList<FacetValueResponse> Region,
    IReadOnlyList<FacetValueResponse> Theme,
    IReadOnlyList<FacetValueResponse> Year)
{
    public static SearchFacetsResponse From(SearchFacets facets) =>
        new(FacetValueResponse.From(facets.Organisation), FacetValueResponse.From(facets.Region), FacetValueResponse.From(facets.Theme), FacetValueResponse.From(facets.Year));
}

/// <summary>A facet value and how many matches carry it. For regions <c>path</c> is the full path (the value to filter by) and <c>level</c> its depth.</summary>
public sealed record FacetValueResponse(string Value, int Count, bool Selected, string? Path, int? Level)
{
    public static IReadOnlyList<FacetValueResponse> From(IReadOnlyList<FacetValue> values) =>
        values.Select(v => new FacetValueResponse(v.Value, v.Count, v.Selected, v.Path, v.Level)).ToList();
}
