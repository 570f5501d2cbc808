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
/// run its kinds of match (<see cref="MatchTiers"/>), render the requested page (<see cref="HitRenderer"/>), shape the
/// facets (<see cref="FacetShaper"/>) and, when nothing matched completely, look for a nearby query that does
/// (<see cref="Corrector"/>). Thread-safe; each call acquires and releases its own searcher.
/// </summary>
public sealed class SearchEngine(
    IndexService index, QueryPlanner planner, MatchTiers tiers, HitRenderer renderer, FacetOrdinalCache facetOrdinals, SearchCache cache, SearchOptions options,
    LimitsOptions limits, Corrector corrector)
{
    /// <summary>An engine with its own parts, for tools and tests that do not use the service container.</summary>
    public static SearchEngine Create(IndexService index, AnalyzerSet analyzers, Synonyms synonyms, SearchOptions tuning, LimitsOptions? limits = null,
        FunctionWords? functionWords = null, IFacetNames? names = null)
    {
        var planner = new QueryPlanner(analyzers, synonyms, functionWords ?? FunctionWords.FromConfiguredFile(null), names ?? new KnownFacetNames(new Ingestion.IngestionPipeline().Names), tuning);
        var tiers = new MatchTiers(tuning);
        return new(index, planner, tiers, new HitRenderer(analyzers, limits ?? new LimitsOptions()), new FacetOrdinalCache(IndexSchema.FacetDimensions), new SearchCache(tuning.CacheEntries, tuning.CacheBytes),
            tuning, limits ?? new LimitsOptions(), new Corrector(planner, tiers));
    }

    /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
    /// <exception cref="SearchTimeoutException">The query ran past its budget.</exception>
    public SearchResult Search(SearchRequest request) => Search(request, useCache: true);

    /// <summary>Always searches, and leaves the cache as it is (the warm-up).</summary>
    internal SearchResult SearchUncached(SearchRequest request) => Search(request, useCache: false);

    /// <summary>Every facet value over the whole corpus.</summary>
    public SearchFacets AllFacets() => Search(new SearchRequest(null, Size: 1, FacetSize: SearchRequest.AllFacetValues)).Facets;

    private SearchResult Search(SearchRequest request, bool useCache) => SearchPlanned(request, useCache).Result;

    /// <summary>
    /// A search, with the plan it ran (null when the cache answered): what tests hold planning to, such as the related
    /// queries left unbuilt when complete matches fill the page.
    /// </summary>
    internal (SearchResult Result, PlannedQuery? Plan) SearchPlanned(SearchRequest request, bool useCache = false)
    {
        var clock = Stopwatch.StartNew();
        var node = planner.Parse(request.Query);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, limits.MaxPageSize);
        var depth = (int)Math.Min((long)page * size, limits.MaxDepth);

        return index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            if (useCache && cache.TryGet(reader, request, out var answered)) return (answered! with { TookMs = clock.ElapsedMilliseconds, Cached = true }, (PlannedQuery?)null);
            var (response, plan) = Run(searcher, request, node, page, size, depth, clock);
            if (useCache) cache.Add(reader, request, response);
            return (response, plan);
        });
    }

    private (SearchResult, PlannedQuery) Run(IndexSearcher searcher, SearchRequest request, QueryNode node, int page, int size, int depth, Stopwatch clock)
    {
        var ordinals = facetOrdinals.For(searcher.IndexReader);
        var plan = planner.Plan(node, request, searcher.IndexReader, ordinals);
        var found = tiers.Run(searcher, ordinals, plan, request, depth);

        var ranked = found.Groups is { } groups
            ? groups.Skip((page - 1) * size).Take(size).Select(g => new RankedDoc(g.BestDoc, g.BestScore, g.Kind, g.Count))
            : found.Hits.Skip((page - 1) * size).Take(size);
        // Explaining a hit re-runs its query on that document: it is held to the same budget as collecting.
        var budget = TimeSpan.FromMilliseconds(options.TimeBudgetMs);
        var hits = renderer.Render(searcher, ranked.ToList(), HitMarks.For(plan), request.Explain ? kind => Explained(plan, kind) : null,
            () => { if (clock.Elapsed > budget) throw new SearchTimeoutException(budget); }, ordinals.Twins);

        var didYouMean = found.Total == 0 && request.Query is { } text ? corrector.Suggest(searcher, ordinals, text, node, request, plan) : null;
        return (new SearchResult(request.Query ?? "", found.Total, found.TitleMatches, found.Related, clock.ElapsedMilliseconds, page, size, hits,
            FacetShaper.Shape(found.Facets, ordinals, plan.Selection, request.FacetSize), found.Groups?.Count, didYouMean, SuggestedFilters(plan)), plan);
    }

    /// <summary>The query that found a hit of a kind; a complete match's score also holds its proximity bonus.</summary>
    private static Lucene.Net.Search.Query? Explained(PlannedQuery plan, MatchKind kind) =>
        kind == MatchKind.All && plan.Rescore is { } rescore
            ? new BooleanQuery { { plan.Complete, Occur.MUST }, { rescore, Occur.SHOULD } }
            : plan.For(kind);

    /// <summary>The facet values the query's words name, except those already selected.</summary>
    private static IReadOnlyList<SuggestedFilter> SuggestedFilters(PlannedQuery plan) => plan.Words
        .SelectMany(w => w.Names)
        .Distinct()
        .Where(name => !plan.Selection.For(name.Dimension).Contains(name.Value))
        .Select(name => name.Dimension == IndexSchema.Region
            ? new SuggestedFilter(name.Dimension, name.Value[(name.Value.LastIndexOf(IndexSchema.RegionSeparator) + 1)..], name.Value)
            : new SuggestedFilter(name.Dimension, name.Value))
        .ToList();
}
