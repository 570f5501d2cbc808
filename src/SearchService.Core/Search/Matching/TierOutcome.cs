using Lucene.Net.Search;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// What the match tiers found together: every match counted (<see cref="Total"/>, of which
/// <see cref="CompleteMatches"/> hold all the words), facet counts over all of them, and the best hits in rank order
/// up to the requested depth — or, grouped by report, every report's best passage.
/// </summary>
public sealed record TierOutcome(
    int Total,
    int CompleteMatches,
    MatchMode Mode,
    FacetCounts Facets,
    IReadOnlyList<ScoreDoc> Hits,
    IReadOnlyList<ReportGroupCollector.Group>? Groups);
