using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// What the kinds of match found: <see cref="Total"/> complete matches, with the facet counts over exactly those;
/// <see cref="TitleMatches"/>; <see cref="Related"/> (null when they were not looked for: the others filled the page);
/// and the best hits in rank order up to the requested depth — or, grouped by report, the groups in rank order.
/// </summary>
public sealed record TierOutcome(
    int Total,
    int TitleMatches,
    int? Related,
    FacetCounts Facets,
    IReadOnlyList<RankedDoc> Hits,
    IReadOnlyList<ReportGroup>? Groups);

/// <summary>A report's best passage of one kind of match and how many of its passages matched that way.</summary>
public sealed record ReportGroup(string ReportId, int BestDoc, float BestScore, int Count, MatchKind Kind);
