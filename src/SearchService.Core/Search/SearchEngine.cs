using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Highlighting;
using SearchService.Core.Search.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search;

/// <summary>
/// Runs searches: parse → Lucene queries → one drill-sideways pass per match mode collecting hits and facet counts →
/// stored fields and highlights for the page. Thread-safe; each call acquires and releases its own searcher.
/// </summary>
public sealed class SearchEngine(IndexService index, AnalyzerSet analyzers, Synonyms synonyms, SearchTuning tuning) : IDisposable
{
    public const int MaxDepth = 10_000;

    /// <summary>How many of the best hits the proximity of the query's words reorders.</summary>
    public const int RescoreWindow = 100;

    private readonly LuceneQueryBuilder builder = new(analyzers, synonyms, tuning);
    private readonly Highlighter highlighter = new(analyzers.Words);
    private readonly FacetOrdinalCache facetOrdinals = new(IndexSchema.FacetDimensions);
    private readonly SearchCache answers = new(tuning.CacheEntries);

    public Highlighter Highlighter => highlighter;

    public void Dispose() => answers.Dispose();

    /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
    /// <exception cref="SearchTimeoutException">The query ran past its budget.</exception>
    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var node = UserQueryParser.Parse(request.Query);
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.Size, 1, 100);
        var depth = Math.Min(page * size, MaxDepth);

        return index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            if (answers.TryGet(reader, request, out var answered)) return answered! with { TookMs = clock.ElapsedMilliseconds, Cached = true };
            var response = Run(searcher, request, node, page, size, depth, clock);
            answers.Add(reader, request, response);
            return response;
        });
    }

    private SearchResponse Run(IndexSearcher searcher, SearchRequest request, QueryNode node, int page, int size, int depth, Stopwatch clock)
    {
        var reader = searcher.IndexReader;
        BuiltQuery built;
        try
        {
            built = builder.Build(node, request.Operator, value => RegionResolver.Resolve(reader, value), IndexSchema.HasCombinedWords(reader));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"the query has too many words for one search (over {BooleanQuery.MaxClauseCount}); shorten it", 0);
        }
        var selection = Resolve(reader, request.Filters ?? FacetSelection.None);
        var ordinals = facetOrdinals.For(reader);
        var budget = TimeSpan.FromMilliseconds(tuning.TimeBudgetMs);

        var primary = Passages(built.Primary);
        var rescore = request.Sort == SearchSort.Relevance && !request.GroupByReport ? built.Rescore : null;
        var first = Collect(searcher, ordinals, primary, selection, rescore is null ? depth : Math.Max(depth, RescoreWindow), request, budget);
        var mode = built.PrimaryMode;
        var total = first.Total;
        var facets = first.Facets;
        var hits = rescore is null ? first.Hits : HitRescorer.Rescore(searcher, first.Hits, rescore, depth);
        var groups = first.Groups;

        // Each tier adds only what the earlier ones did not match, so complete matches always rank first.
        var earlier = new List<LuceneQuery> { built.Primary };
        var complete = first.Total;
        foreach (var (tierMode, tierQuery) in built.Fallbacks)
        {
            if (request.Operator != MatchOperator.Auto || total >= tuning.FallbackBelow) break;
            var rest = new BooleanQuery { { Passages(tierQuery), Occur.MUST } };
            foreach (var previous in earlier) rest.Add(previous, Occur.MUST_NOT);
            earlier.Add(tierQuery);
            var tier = Collect(searcher, ordinals, rest, selection, depth, request, budget);
            if (tier.Total == 0) continue;
            if (tierMode == "all") complete += tier.Total;
            else mode = tierMode;
            total += tier.Total;
            facets.AddAll(tier.Facets);
            hits = hits.Concat(tier.Hits).Take(depth).ToList();
            var known = groups;
            groups = groups?.Concat(tier.Groups!.Where(g => known!.All(f => f.ReportId != g.ReportId))).ToList();
        }

        LuceneQuery explainQuery = built.Rescore is null ? built.Primary : new BooleanQuery { { built.Primary, Occur.MUST }, { built.Rescore, Occur.SHOULD } };
        // Explaining a hit re-runs its query on that document: it is held to the same budget as collecting.
        void WithinBudget()
        {
            if (clock.Elapsed > budget) throw new SearchTimeoutException(budget);
        }
        IReadOnlyList<SearchHit> pageHits;
        int? totalGroups = null;
        if (groups is not null)
        {
            totalGroups = groups.Count;
            pageHits = ToHits(searcher, groups.Skip((page - 1) * size).Take(size).Select(g => (g.BestDoc, g.BestScore, (int?)g.Count)).ToList(),
                built, request.Explain ? explainQuery : null, WithinBudget);
        }
        else
        {
            pageHits = ToHits(searcher, hits.Skip((page - 1) * size).Take(size).Select(h => (h.Doc, float.IsNaN(h.Score) ? 0 : h.Score, (int?)null)).ToList(),
                built, request.Explain ? explainQuery : null, WithinBudget);
        }

        return new SearchResponse(request.Query ?? "", total, clock.ElapsedMilliseconds, page, size, mode, pageHits,
            ToFacets(facets, ordinals, selection, request.FacetSize), totalGroups, complete);
    }

    /// <summary>Every facet value over the whole corpus.</summary>
    public SearchFacets AllFacets() => Search(new SearchRequest(null, Size: 1, FacetSize: SearchRequest.AllFacetValues)).Facets;

    /// <summary>
    /// Runs searches past the cache, to bring the JIT to its optimised code before people search: with tiered
    /// compilation the first few hundred searches of a process run partly unoptimised (p99 at 20k passages 14 ms in the
    /// first rounds, 4 ms once warm).
    /// </summary>
    public void WarmUp(IReadOnlyList<string> queries, int rounds, CancellationToken cancel = default)
    {
        for (var r = 0; r < rounds; r++)
            foreach (var query in queries)
            {
                if (cancel.IsCancellationRequested) return;
                var request = new SearchRequest(query);
                index.Search(searcher => Run(searcher, request, UserQueryParser.Parse(query), 1, request.Size, request.Size, Stopwatch.StartNew()));
            }
    }

    /// <summary>Builds the facet arrays of the current reader, so the first search does not pay for them.</summary>
    public void Warm() => index.Search(searcher => facetOrdinals.For(searcher.IndexReader));

    /// <summary>
    /// Passages only, by excluding the other kinds of document (a tenth of the index) rather than intersecting with
    /// every passage: the exclusion is consulted only where the query matches (~10% faster at 211k passages).
    /// </summary>
    private static LuceneQuery Passages(LuceneQuery query)
    {
        var passages = new BooleanQuery { { query, Occur.MUST } };
        foreach (var kind in IndexSchema.OtherKinds) passages.Add(new TermQuery(new Term(IndexSchema.Kind, kind)), Occur.MUST_NOT);
        return passages;
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
            _ => TopScoreDocCollector.Create(depth, false),
        };
        var collector = new DrillSidewaysCollector(ordinals, selection, (ICollector)top, budget);
        searcher.Search(query, collector);
        return new Pass(collector.TotalHits, collector.Counts, top.GetTopDocs().ScoreDocs.ToList(), null);
    }

    private static FacetSelection Resolve(IndexReader reader, FacetSelection selection)
    {
        selection = FilterValues.Normalize(selection);
        var regions = selection.For(IndexSchema.Region);
        if (regions.Count == 0) return selection;
        var resolved = regions.SelectMany(r => RegionResolver.Resolve(reader, r) is { Count: > 0 } paths ? paths : [r]).Distinct().ToList();
        var values = selection.Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        values[IndexSchema.Region] = resolved;
        return new FacetSelection(values);
    }

    /// <summary>Stored fields and highlighted fragments of a page of hits.</summary>
    internal IReadOnlyList<SearchHit> ToHits(IndexSearcher searcher, IReadOnlyList<(int Doc, float Score, int? Matching)> page, BuiltQuery built, LuceneQuery? explain,
        Action? beforeExplaining = null)
    {
        var offsets = PostingsOffsets.Read(searcher.IndexReader, IndexSchema.Text, page.Select(h => h.Doc), built.HighlightTerms);
        return page.Select(hit =>
        {
            var doc = searcher.Doc(hit.Doc, HitFields);
            var text = doc.Get(IndexSchema.Text) ?? "";
            var highlights = offsets is not null
                ? highlighter.Fragments(text, offsets[hit.Doc], built.HighlightStrings)
                : highlighter.Fragments(text, built.HighlightTerms, built.HighlightStrings);
            if (explain is not null) beforeExplaining?.Invoke();
            return ToHit(doc, hit.Score, highlights, hit.Matching, explain is null ? null : searcher.Explain(Passages(explain), hit.Doc).ToString());
        }).ToList();
    }

    /// <summary>The stored fields a hit shows; the rest (occurrences JSON, source path) is not decompressed per hit.</summary>
    internal static readonly ISet<string> HitFields = new HashSet<string>(
        [IndexSchema.Id, IndexSchema.ReportId, IndexSchema.Title, IndexSchema.Organisation, IndexSchema.RegionPath, IndexSchema.Theme, IndexSchema.Section, IndexSchema.Text]);

    internal static SearchHit ToHit(Document doc, float score, IReadOnlyList<string> highlights, int? matching = null, string? explanation = null)
    {
        var region = doc.Get(IndexSchema.RegionPath);
        return new SearchHit(
            doc.Get(IndexSchema.Id),
            doc.Get(IndexSchema.ReportId),
            doc.Get(IndexSchema.Title) ?? "",
            doc.Get(IndexSchema.Organisation) ?? "",
            region,
            region?.Split(IndexSchema.RegionSeparator) ?? [],
            doc.GetValues(IndexSchema.Theme),
            doc.Get(IndexSchema.Section) ?? "",
            doc.Get(IndexSchema.Text) ?? "",
            highlights,
            score,
            matching,
            explanation);
    }

    /// <summary>
    /// The top <paramref name="limit"/> values of each facet, and every selected value even at 0. Regions nest: the
    /// first two levels always, deeper levels below a selected region (drill-down), each parent's top children.
    /// </summary>
    private static SearchFacets ToFacets(FacetCounts counts, FacetOrdinals ordinals, FacetSelection selection, int limit)
    {
        IReadOnlyList<FacetValue> Flat(string dimension)
        {
            var selected = selection.For(dimension);
            var values = counts.Top(dimension, limit).ToList();
            foreach (var s in selected)
                if (!values.Any(v => v.Value == s)) values.Add((s, counts.Count(dimension, s)));
            return values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Value, v.Count, selected.Contains(v.Value)))
                .ToList();
        }

        var selectedRegions = selection.For(IndexSchema.Region).ToHashSet(StringComparer.Ordinal);
        var labels = ordinals.For(IndexSchema.Region).Labels;
        var regionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Shown(string path)
        {
            var cut = path.LastIndexOf(IndexSchema.RegionSeparator);
            if (cut < 0 || path.IndexOf(IndexSchema.RegionSeparator) == cut || limit == SearchRequest.AllFacetValues) return true;
            var parent = path[..cut];
            return selectedRegions.Any(s => s == parent || s.StartsWith(parent + IndexSchema.RegionSeparator, StringComparison.Ordinal));
        }
        foreach (var (value, count) in counts.Top(IndexSchema.Region, int.MaxValue, ord => Shown(labels[ord])))
            regionCounts[value] = count;
        foreach (var s in selectedRegions) regionCounts.TryAdd(s, counts.Count(IndexSchema.Region, s));
        var regions = regionCounts
            .GroupBy(v => v.Key.LastIndexOf(IndexSchema.RegionSeparator) is var cut and >= 0 ? v.Key[..cut] : "")
            .SelectMany(siblings => siblings
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Where((v, i) => i < limit || selectedRegions.Contains(v.Key)))
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .ToList();
        var kept = regions.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var shown = regions
            .Where(v => v.Key.LastIndexOf(IndexSchema.RegionSeparator) is var cut && (cut < 0 || kept.Contains(v.Key[..cut])))
            .Select(v =>
            {
                var levels = v.Key.Split(IndexSchema.RegionSeparator);
                return new FacetValue(levels[^1], v.Value, selectedRegions.Contains(v.Key), v.Key, levels.Length);
            })
            .ToList();
        return new SearchFacets(Flat(IndexSchema.Organisation), shown, Flat(IndexSchema.Theme));
    }
}
