using SearchService.Core.Search;
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
    public static SearchResponse From(SearchResult result) => new(
        result.Query, result.Total, result.TookMs, result.Page, result.Size, result.MatchMode, SearchHitResponse.From(result.Hits),
        SearchFacetsResponse.From(result.Facets), result.TotalGroups, result.CompleteMatches, result.Cached);
}

/// <summary>
/// One passage that matched. <c>highlights</c> are HTML: escaped text with <c>&lt;mark&gt;</c> around matches.
/// <c>textTruncated</c> (only when true): <c>text</c> was cut at <c>Limits:MaxHitTextChars</c>; <c>/api/passages/{id}</c>
/// has it whole.
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
    public static SearchHitResponse From(SearchHit hit) => new(
        hit.Id, hit.ReportId, hit.ReportTitle, hit.Organisation, hit.Region, hit.RegionPath, hit.Themes, hit.Section, hit.Text, hit.Highlights,
        hit.Score, hit.MatchingPassages, hit.Explanation, hit.TextTruncated ? true : null);

    public static IReadOnlyList<SearchHitResponse> From(IReadOnlyList<SearchHit> hits) => hits.Select(From).ToList();
}

/// <summary>The values of each facet with their counts over all matches.</summary>
public sealed record SearchFacetsResponse(
    IReadOnlyList<FacetValueResponse> Organisation,
    IReadOnlyList<FacetValueResponse> Region,
    IReadOnlyList<FacetValueResponse> Theme)
{
    public static SearchFacetsResponse From(SearchFacets facets) =>
        new(FacetValueResponse.From(facets.Organisation), FacetValueResponse.From(facets.Region), FacetValueResponse.From(facets.Theme));
}

/// <summary>A facet value and how many matches carry it. For regions <c>path</c> is the full path (the value to filter by) and <c>level</c> its depth.</summary>
public sealed record FacetValueResponse(string Value, int Count, bool Selected, string? Path, int? Level)
{
    public static IReadOnlyList<FacetValueResponse> From(IReadOnlyList<FacetValue> values) =>
        values.Select(v => new FacetValueResponse(v.Value, v.Count, v.Selected, v.Path, v.Level)).ToList();
}
