using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;

namespace SearchService.Core.Search;

public enum SearchSort { Relevance, Report, Organisation }

/// <summary>One search: query text, facet selections, page (1-based) and options.</summary>
public sealed record SearchRequest(
    string? Query,
    FacetSelection? Filters = null,
    int Page = 1,
    int Size = 10,
    MatchOperator Operator = MatchOperator.Auto,
    bool GroupByReport = false,
    SearchSort Sort = SearchSort.Relevance,
    bool Explain = false);
