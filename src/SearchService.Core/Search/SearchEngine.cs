using System.Diagnostics;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Hits;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;

namespace SearchService.Core.Search;

/// <summary>
/// Answers a search: from the cache while the index is unchanged, else plan the query (<see cref="QueryPlanner"/>),
/// run its match tiers (<see cref="MatchTiers"/>), render the requested page (<see cref="HitRenderer"/>) and shape the
/// facets (<see cref="FacetShaper"/>). Thread-safe; each call acquires and releases its own searcher.
/// </summary>
public sealed class SearchEngine(
    IndexService index, QueryPlanner planner, MatchTiers tiers, HitRenderer renderer, FacetOrdinalCache facetOrdinals, SearchCache cache, SearchOptions options,
    LimitsOptions limits)
{
    /// <summary>An engine with its own parts, for tools and tests that do not use the service container.</summary>
    public static SearchEngine Create(IndexService index, AnalyzerSet analyzers, Synonyms synonyms, SearchOptions tuning, LimitsOptions? limits = null) =>
        new(index, new QueryPlanner(analyzers, synonyms, tuning), new MatchTiers(tuning), new HitRenderer(analyzers),
            new FacetOrdinalCache(IndexSchema.FacetDimensions), new SearchCache(tuning.CacheEntries), tuning, limits ?? new LimitsOptions());

    /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
    /// <exception cref="SearchTimeoutException">The query ran past its budget.</exception>
    public SearchResult Search(SearchRequest request) => Search(request, useCache: true);

    /// <summary>Always searches, and leaves the cache as it is (the warm-up).</summary>
    internal SearchResult SearchUncached(SearchRequest request) => Search(request, useCache: false);

    /// <summary>Every facet value over the whole corpus.</summary>
    public SearchFacets AllFacets() => Search(new SearchRequest(null, Size: 1, FacetSize: SearchRequest.AllFacetValues)).Facets;

    private SearchResult Search(SearchRequest request, bool useCache)
    {
        var clock = Stopwatch.StartNew();
        var node = planner.Parse(request.Query);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, limits.MaxPageSize);
        var depth = (int)Math.Min((long)page * size, limits.MaxDepth);

        return index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            if (useCache && cache.TryGet(reader, request, out var answered)) return answered! with { TookMs = clock.ElapsedMilliseconds, Cached = true };
            var response = Run(searcher, request, node, page, size, depth, clock);
            if (useCache) cache.Add(reader, request, response);
            return response;
        });
    }

    private SearchResult Run(IndexSearcher searcher, SearchRequest request, QueryNode node, int page, int size, int depth, Stopwatch clock)
    {
        var reader = searcher.IndexReader;
        var built = planner.Build(node, request.Operator, reader);
        var ordinals = facetOrdinals.For(reader);
        var selection = QueryPlanner.WithYears(QueryPlanner.ResolveRegions(reader, request.Filters ?? FacetSelection.None), ordinals, request.YearFrom, request.YearTo);
        var found = tiers.Run(searcher, ordinals, built, selection, request, depth);

        var explain = !request.Explain ? null
            : built.Rescore is null ? built.Primary : new BooleanQuery { { built.Primary, Occur.MUST }, { built.Rescore, Occur.SHOULD } };
        var ranked = found.Groups is { } groups
            ? groups.Skip((page - 1) * size).Take(size).Select(g => new RankedDoc(g.BestDoc, g.BestScore, g.Count))
            : found.Hits.Skip((page - 1) * size).Take(size).Select(h => new RankedDoc(h.Doc, h.Score));
        // Explaining a hit re-runs its query on that document: it is held to the same budget as collecting.
        var budget = TimeSpan.FromMilliseconds(options.TimeBudgetMs);
        var hits = renderer.Render(searcher, ranked.ToList(), built.HighlightTerms, built.HighlightStrings, explain,
            () => { if (clock.Elapsed > budget) throw new SearchTimeoutException(budget); });

        return new SearchResult(request.Query ?? "", found.Total, clock.ElapsedMilliseconds, page, size, found.Mode, hits,
            FacetShaper.Shape(found.Facets, ordinals, selection, request.FacetSize), found.Groups?.Count, found.CompleteMatches);
    }
}
