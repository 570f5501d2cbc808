using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// Runs a built query's tiers — all the words, then (when that finds too little) most, then any of them — in one
/// drill-sideways pass each, collecting the total, the facet counts and the best hits (or report groups). Each tier
/// adds only what the earlier ones did not match, so complete matches always rank first. The primary tier's best hits
/// are rescored by the proximity of the query's words.
/// </summary>
public sealed class MatchTiers(SearchOptions tuning)
{
    /// <summary>How many of the best hits the proximity of the query's words reorders.</summary>
    public const int RescoreWindow = 100;

    /// <param name="depth">How many hits to keep in rank order: the end of the requested page.</param>
    /// <exception cref="SearchTimeoutException">A tier ran past the time budget.</exception>
    public TierOutcome Run(IndexSearcher searcher, FacetOrdinals ordinals, BuiltQuery built, FacetSelection selection, SearchRequest request, int depth)
    {
        var budget = TimeSpan.FromMilliseconds(tuning.TimeBudgetMs);
        var rescore = request.Sort == SearchSort.Relevance && !request.GroupByReport ? built.Rescore : null;
        var first = Collect(searcher, ordinals, PassageQuery.Only(built.Primary), selection, rescore is null ? depth : Math.Max(depth, RescoreWindow), request, budget);
        var mode = built.PrimaryMode;
        var total = first.Total;
        var facets = first.Facets;
        var hits = rescore is null ? first.Hits : HitRescorer.Rescore(searcher, first.Hits, rescore, depth);
        var groups = first.Groups;

        var earlier = new List<LuceneQuery> { built.Primary };
        var complete = first.Total;
        foreach (var (tierMode, tierQuery) in built.Fallbacks)
        {
            if (request.Operator != MatchOperator.Auto || total >= tuning.FallbackBelow) break;
            var rest = new BooleanQuery { { PassageQuery.Only(tierQuery), Occur.MUST } };
            foreach (var previous in earlier) rest.Add(previous, Occur.MUST_NOT);
            earlier.Add(tierQuery);
            var tier = Collect(searcher, ordinals, rest, selection, depth, request, budget);
            if (tier.Total == 0) continue;
            if (tierMode == MatchMode.All) complete += tier.Total;
            else mode = tierMode;
            total += tier.Total;
            facets.AddAll(tier.Facets);
            hits = hits.Concat(tier.Hits).Take(depth).ToList();
            var known = groups;
            groups = groups?.Concat(tier.Groups!.Where(g => known!.All(f => f.ReportId != g.ReportId))).ToList();
        }
        return new TierOutcome(total, complete, mode, facets, hits, groups);
    }

    private sealed record Pass(int Total, FacetCounts Facets, List<ScoreDoc> Hits, List<ReportGroupCollector.Group>? Groups);

    private static Pass Collect(IndexSearcher searcher, FacetOrdinals ordinals, LuceneQuery query, FacetSelection selection, int depth, SearchRequest request, TimeSpan budget)
    {
        if (request.GroupByReport)
        {
            var grouper = new ReportGroupCollector();
            var sideways = new DrillSidewaysCollector(ordinals, selection, grouper, budget);
            searcher.Search(query, sideways);
            var groups = grouper.Groups.OrderByDescending(g => g.BestScore).ThenBy(g => g.BestDoc).ToList();
            return new Pass(sideways.TotalHits, sideways.Counts, [], groups);
        }

        ITopDocsCollector top = request.Sort switch
        {
            SearchSort.Report => TopFieldCollector.Create(
                new Sort(new SortField(IndexSchema.ReportSort, SortFieldType.STRING), new SortField(IndexSchema.Ordinal, SortFieldType.INT32)),
                depth, true, true, false, false),
            SearchSort.Organisation => TopFieldCollector.Create(
                new Sort(new SortField(IndexSchema.OrganisationSort, SortFieldType.STRING), SortField.FIELD_SCORE),
                depth, true, true, false, false),
            SearchSort.Date => TopFieldCollector.Create(
                new Sort(new SortField(IndexSchema.DateSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                depth, true, true, false, false),
            _ => TopScoreDocCollector.Create(depth, false),
        };
        var collector = new DrillSidewaysCollector(ordinals, selection, (ICollector)top, budget);
        searcher.Search(query, collector);
        return new Pass(collector.TotalHits, collector.Counts, top.GetTopDocs().ScoreDocs.ToList(), null);
    }
}
