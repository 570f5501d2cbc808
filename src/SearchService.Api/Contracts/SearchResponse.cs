using SearchService.Api.Infrastructure;
using SearchService.Core.Search;
using SearchService.Core.Search.Citations;
using SearchService.Core.Search.Matching;

namespace SearchService.Api.Contracts;

/// <summary>
/// A page of hits and the facet counts. <c>total</c> counts the complete matches — passages that hold every query
/// word themselves (in their text or heading; a synonym counts as the word; a word that names an organisation, place or
/// theme also through the passage's own metadata) — and the facets count exactly those. <c>titleMatches</c> hold the
/// words only together with their report's title; <c>related</c> hold most of the words (absent when they were not
/// looked for because the others fill the page). Hits list the complete matches, then the title matches, then the
/// related ones, each with its <c>match</c>. <c>didYouMean</c>: a nearby query with complete matches, only when this
/// one has none. <c>suggestedFilters</c>: facet values the query's words name. <c>cached</c>: the same search was
/// answered before and the index has not changed since.
/// </summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int TitleMatches,
    int? Related,
    long TookMs,
    int Page,
    int Size,
    IReadOnlyList<SearchHitResponse> Hits,
    SearchFacetsResponse Facets,
    int? TotalGroups,
    string? DidYouMean,
    IReadOnlyList<SuggestedFilterResponse> SuggestedFilters,
    bool Cached)
{
    public static SearchResponse From(SearchResult result, Permalinks? links = null) => new(
        result.Query, result.Total, result.TitleMatches, result.Related, result.TookMs, result.Page, result.Size, SearchHitResponse.From(result.Hits, links),
        SearchFacetsResponse.From(result.Facets), result.TotalGroups, result.DidYouMean,
        (result.SuggestedFilters ?? []).Select(f => new SuggestedFilterResponse(f.Facet, f.Value, f.Path)).ToList(), result.Cached);
}

/// <summary>
/// One passage that matched. <c>match</c>: <c>all</c> (counted in <c>total</c>), <c>title</c> (the words only with
/// its report's title or credit lines) or <c>related</c> (most of the words). <c>matchedIn</c>: where query words matched — <c>text</c>,
/// <c>heading</c>, <c>title</c>, <c>credits</c> (the report's 记者/编辑/来源 lines), <c>organisation</c>, <c>region</c>,
/// <c>theme</c>. <c>highlights</c> are HTML fragments of the text (escaped, <c>&lt;mark&gt;</c> around matches);
/// <c>titleHighlight</c> and <c>sectionHighlight</c> the report title and the heading marked the same way, present when
/// a word stands in them; <c>creditsHighlight</c> (title matches only) the report's credit lines, one a line, marked,
/// present when a word stands in them.
/// <c>date</c>: the report's date (yyyy, yyyy-MM or yyyy-MM-dd) when known. <c>alsoInReports</c>: in how many other
/// reports the same paragraph stands — such twins are counted and listed once — absent when none. <c>citation</c>: the
/// passage cited in GB/T 7714 style, ending with its permalink; <c>citationParts</c> its pieces, among them the source
/// file and lines. <c>sharedTerms</c> (precedents only): the key words of the passage it was found for that it holds too.
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
    MatchKind Match,
    IReadOnlyList<string> MatchedIn,
    string? TitleHighlight,
    string? SectionHighlight,
    string? Date,
    int? AlsoInReports,
    int? MatchingPassages,
    string? Explanation,
    bool? TextTruncated = null)
{
    public string? Citation { get; init; }

    public CitationPartsResponse? CitationParts { get; init; }

    public IReadOnlyList<string>? SharedTerms { get; init; }

    public string? CreditsHighlight { get; init; }

    /// <param name="links">The permalinks a citation ends with; null cites without one.</param>
    public static SearchHitResponse From(SearchHit hit, Permalinks? links = null)
    {
        var cited = hit.Citation is null ? ((string, CitationParts)?)null
            : links is null ? (CitationFormatter.Format(hit.Citation), hit.Citation) : links.Cite(hit.Citation, links.Passage(hit.Id));
        return new(
            hit.Id, hit.ReportId, hit.ReportTitle, hit.Organisation, hit.Region, hit.RegionPath, hit.Themes, hit.Section, hit.Text, hit.Highlights,
            hit.Score, hit.Match, hit.MatchedIn, hit.TitleHighlight, hit.SectionHighlight, hit.Date, hit.AlsoInReports, hit.MatchingPassages, hit.Explanation,
            hit.TextTruncated ? true : null)
        {
            Citation = cited?.Item1,
            CitationParts = cited is { } c ? CitationPartsResponse.From(c.Item2) : null,
            SharedTerms = hit.SharedTerms,
            CreditsHighlight = hit.CreditsHighlight,
        };
    }

    public static IReadOnlyList<SearchHitResponse> From(IReadOnlyList<SearchHit> hits, Permalinks? links = null) => hits.Select(h => From(h, links)).ToList();
}

/// <summary>A facet value the query names, to offer as a filter: for a region <c>value</c> is its name and <c>path</c> the value to filter by.</summary>
public sealed record SuggestedFilterResponse(string Facet, string Value, string? Path);

/// <summary>The values of each facet with their counts over the complete matches. <c>year</c>: the reports' years, newest first, then 未注明 (no date).</summary>
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
