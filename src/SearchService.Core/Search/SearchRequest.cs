using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;

namespace SearchService.Core.Search;

/// <summary>How hits are ordered: by score, by report and place in it, by organisation, or by report date (newest first, undated last).</summary>
public enum SearchSort { Relevance, Report, Organisation, Date }

/// <summary>
/// One search: query text, facet selections, page (1-based) and options. <see cref="FacetSize"/> bounds the values
/// returned per facet (per parent for regions); selected values are always returned.
/// </summary>
public sealed record SearchRequest(
    string? Query,
    FacetSelection? Filters = null,
    int Page = 1,
    int Size = 10,
    MatchOperator Operator = MatchOperator.Auto,
    bool GroupByReport = false,
    SearchSort Sort = SearchSort.Relevance,
    bool Explain = false,
    int FacetSize = SearchRequest.DefaultFacetSize)
{
    public const int DefaultFacetSize = 20;

    /// <summary>Every value of every facet, every region level (the facets endpoint).</summary>
    public const int AllFacetValues = int.MaxValue;

    /// <summary>Only passages of reports dated in or after this year (undated reports are left out).</summary>
    public int? YearFrom { get; init; }

    /// <summary>Only passages of reports dated in or before this year (undated reports are left out).</summary>
    public int? YearTo { get; init; }
}
