using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// Runs the kinds of match of a planned query, each in one filtered pass: the complete matches (counted, with
/// drill-sideways facet counts over exactly them), the title matches (counted; their hits only as far as the page
/// still needs them), and the related matches only when the others do not fill the page (most of the words first,
/// then any of them while the page still has room). Each kind ranks below the
/// one before; the best complete matches are rescored by the proximity of the query's words. Grouped by report, each
/// kind yields its reports' groups, whose counts of complete matches add up to the total.
/// </summary>
public sealed class MatchTiers(SearchOptions tuning)
{
    /// <summary>How many of the best hits the proximity of the query's words reorders.</summary>
    public const int RescoreWindow = 100;

    /// <param name="depth">How many hits (or groups) to keep in rank order: the end of the requested page.</param>
    /// <exception cref="SearchTimeoutException">A pass ran past the time budget.</exception>
    public TierOutcome Run(IndexSearcher searcher, FacetOrdinals ordinals, PlannedQuery plan, SearchRequest request, int depth)
    {
        var budget = TimeSpan.FromMilliseconds(tuning.TimeBudgetMs);
        var selection = plan.Selection;
        var rescore = request.Sort == SearchSort.Relevance && !request.GroupByReport ? plan.Rescore : null;

        var titleMatchesPossible = plan.Title is not null && (plan.TitleWords is null || MatchesAny(searcher, plan.TitleWords));
        var completeDocs = titleMatchesPossible ? new LeafDocs(searcher.IndexReader) : null;
        var complete = Collect(searcher, ordinals, plan.Complete, selection, rescore is null ? depth : Math.Max(depth, RescoreWindow), request, budget, countFacets: true,
            record: completeDocs);
        var completeHits = rescore is null ? complete.Hits : HitRescorer.Rescore(searcher, complete.Hits, rescore, RescoreWindow, depth);
        var hits = completeHits.Select(h => new RankedDoc(h.Doc, h.Score, MatchKind.All)).ToList();
        var groups = complete.Groups?.Select(g => g with { Kind = MatchKind.All }).ToList();
        var filled = groups?.Count ?? complete.Total;

        var titleMatches = 0;
        if (titleMatchesPossible)
        {
            var keep = Math.Max(0, depth - filled);
            // When the complete matches fill the page the title matches are only counted: no scores, no positions read,
            // and no scorers either — the title, word and verbatim clauses are taken together as bit sets.
            var title = keep == 0 && !request.GroupByReport && plan.TitleCount is { } counting
                ? new Pass(CountByBits(searcher, ordinals, counting, selection, budget, completeDocs), null, [], null)
                : Collect(searcher, ordinals, plan.Title!, selection, keep, request, budget, countFacets: false, except: completeDocs);
            titleMatches = title.Total;
            hits.AddRange(title.Hits.Select(h => new RankedDoc(h.Doc, h.Score, MatchKind.Title)));
            // A report already listed for its complete matches is not listed again for its title matches.
            var known = groups?.Select(g => g.ReportId).ToHashSet();
            groups?.AddRange(title.Groups!.Where(g => !known!.Contains(g.ReportId)).Select(g => g with { Kind = MatchKind.Title }));
            filled = groups?.Count ?? filled + title.Total;
        }

        int? related = null;
        // The related queries are built here, the first time they are asked for: not at all when the page is full.
        var relatedPasses = filled >= depth || plan.Related is null ? [] : plan.RelatedAny is null ? [plan.Related]
            : new[] { plan.Related, new BooleanQuery { { plan.RelatedAny, Occur.MUST }, { plan.Related, Occur.MUST_NOT } } };
        foreach (var pass in relatedPasses)
        {
            if (filled >= depth) break;
            var found = Collect(searcher, ordinals, pass, selection, depth - filled, request, budget, countFacets: false);
            related = (related ?? 0) + found.Total;
            hits.AddRange(found.Hits.Select(h => new RankedDoc(h.Doc, h.Score, MatchKind.Related)));
            var known = groups?.Select(g => g.ReportId).ToHashSet();
            groups?.AddRange(found.Groups!.Where(g => !known!.Contains(g.ReportId)).Select(g => g with { Kind = MatchKind.Related }));
            filled = groups?.Count ?? filled + found.Total;
        }
        return new TierOutcome(complete.Total, titleMatches, related, complete.Facets!, hits.Take(depth).ToList(), groups);
    }

    /// <summary>How many passages of the selection a query matches (no hits kept, no facets counted).</summary>
    public int Count(IndexSearcher searcher, FacetOrdinals ordinals, LuceneQuery match, FacetSelection selection)
    {
        var counter = new DrillSidewaysCollector(ordinals, selection, new TotalHitCountCollector(), TimeSpan.FromMilliseconds(tuning.TimeBudgetMs), countFacets: false);
        searcher.Search(new PassageFilter(ordinals.Passages).Restrict(match), counter);
        return counter.TotalHits;
    }

    /// <summary>
    /// How many passages of the selection a query matches, but not <paramref name="except"/>: what
    /// <see cref="Collect"/> counts with no hits kept and no facets counted, its matches worked out as bit sets
    /// (<see cref="MatchBits"/>) and handed to the same collector in document order.
    /// </summary>
    private static int CountByBits(IndexSearcher searcher, FacetOrdinals ordinals, LuceneQuery match, FacetSelection selection, TimeSpan budget, LeafDocs? except)
    {
        var passages = new PassageFilter(ordinals.Passages, except);
        var bits = MatchBits.Of(searcher, match);
        var counter = new DrillSidewaysCollector(ordinals, selection, new TotalHitCountCollector(), budget, countFacets: false);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            counter.SetNextReader(leaf);
            var candidates = passages.Candidates(leaf);
            bits.Keep(leaf, candidates);
            var length = candidates.Length;
            for (var doc = length > 0 ? candidates.NextSetBit(0) : -1; doc >= 0; doc = doc + 1 < length ? candidates.NextSetBit(doc + 1) : -1)
                counter.Collect(doc);
        }
        return counter.TotalHits;
    }

    /// <summary>Whether any document of the reader matches (deleted ones and other kinds too: a cheap, conservative check).</summary>
    private static bool MatchesAny(IndexSearcher searcher, LuceneQuery query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
            if (weight.GetScorer(leaf, null) is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) return true;
        return false;
    }

    /// <summary>A kind of match's outcome; <paramref name="Facets"/> only when it counted them.</summary>
    private sealed record Pass(int Total, FacetCounts? Facets, List<ScoreDoc> Hits, List<ReportGroup>? Groups);

    private static Pass Collect(IndexSearcher searcher, FacetOrdinals ordinals, LuceneQuery match, FacetSelection selection, int keep,
        SearchRequest request, TimeSpan budget, bool countFacets, LeafDocs? except = null, LeafDocs? record = null)
    {
        var query = new PassageFilter(ordinals.Passages, except).Restrict(match);
        if (request.GroupByReport)
        {
            var grouper = new ReportGroupCollector();
            var sideways = new DrillSidewaysCollector(ordinals, selection, grouper, budget, countFacets, record);
            searcher.Search(query, sideways);
            var groups = grouper.Groups.OrderByDescending(g => g.BestScore).ThenBy(g => g.BestDoc)
                .Select(g => new ReportGroup(g.ReportId, g.BestDoc, g.BestScore, g.Count, MatchKind.All)).ToList();
            return new Pass(sideways.TotalHits, countFacets ? sideways.Counts : null, [], groups);
        }
        if (keep <= 0)
        {
            var counter = new DrillSidewaysCollector(ordinals, selection, new TotalHitCountCollector(), budget, countFacets, record);
            searcher.Search(query, counter);
            return new Pass(counter.TotalHits, countFacets ? counter.Counts : null, [], null);
        }

        if (request.Sort == SearchSort.Relevance)
        {
            var best = new BoundedTopScores(keep);
            var ranked = new DrillSidewaysCollector(ordinals, selection, best, budget, countFacets, record);
            searcher.Search(query, ranked);
            return new Pass(ranked.TotalHits, countFacets ? ranked.Counts : null, best.Hits(), null);
        }
        ITopDocsCollector top = request.Sort switch
        {
            SearchSort.Report => TopFieldCollector.Create(
                new Sort(new SortField(IndexSchema.ReportSort, SortFieldType.STRING), new SortField(IndexSchema.Ordinal, SortFieldType.INT32)),
                keep, true, true, false, false),
            SearchSort.Organisation => TopFieldCollector.Create(
                new Sort(new SortField(IndexSchema.OrganisationSort, SortFieldType.STRING), SortField.FIELD_SCORE),
                keep, true, true, false, false),
            SearchSort.Date => TopFieldCollector.Create(
                new Sort(new SortField(IndexSchema.DateSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE),
                keep, true, true, false, false),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Sort, "unknown sort"),
        };
        var collector = new DrillSidewaysCollector(ordinals, selection, (ICollector)top, budget, countFacets, record);
        searcher.Search(query, collector);
        return new Pass(collector.TotalHits, countFacets ? collector.Counts : null, top.GetTopDocs().ScoreDocs.ToList(), null);
    }
}
