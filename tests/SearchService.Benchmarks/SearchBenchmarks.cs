using BenchmarkDotNet.Attributes;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Hits;
using SearchService.Core.Search.Query;

namespace SearchService.Benchmarks;

/// <summary>
/// An index of the first N documents of the peer-style JSONL named by <c>BENCH_DOCS</c>
/// (<c>searchsvc generate --reports 20000 --out DIR</c> writes DIR/passages.jsonl), in a temporary folder, with the
/// search services over it (result cache off: every call searches).
/// </summary>
public sealed class BenchIndex : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"searchsvc-bench-{Guid.NewGuid():n}");
    private readonly AnalyzerSet analyzers = AnalyzerSet.Create(new AnalysisOptions());
    private readonly IndexService index;

    public BenchIndex(int passages)
    {
        var reports = BenchCorpus.FromEnvironment(passages);
        index = new IndexService(new IndexOptions { Path = folder }, analyzers);
        index.Rebuild(reports, []);
        var tuning = new SearchOptions { CacheEntries = 0 };
        Engine = SearchEngine.Create(index, analyzers, Synonyms.FromConfiguredFile(null), tuning);
        Engine.Search(new SearchRequest(null, Size: 1)); // builds the facet arrays, outside the measurements
        Suggester = new Suggester(index, new LimitsOptions());
        Precedents = new PrecedentFinder(index, analyzers, new HitRenderer(analyzers), new LimitsOptions(), new FacetOrdinalCache(IndexSchema.FacetDimensions));
        MiddlePassageId = reports[passages / 2].Sections[0].Passages[0].Id;
    }

    public SearchEngine Engine { get; }

    public Suggester Suggester { get; }

    public PrecedentFinder Precedents { get; }

    public string MiddlePassageId { get; }

    public void Dispose()
    {
        index.Dispose();
        analyzers.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>Benchmarks over one index per size, built once per size.</summary>
public abstract class OverIndex
{
    protected BenchIndex Index { get; private set; } = null!;

    [ParamsSource(nameof(Sizes))]
    public int Passages { get; set; }

    /// <summary>1,000, 20,000 and 200,000 passages, or the sizes in <c>BENCH_PASSAGES</c> (<c>35000</c>, <c>1000,20000</c>).</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("BENCH_PASSAGES") is { Length: > 0 } sizes ? sizes.Split(',').Select(int.Parse) : [1_000, 20_000, 200_000];

    [GlobalSetup]
    public void Setup() => Index = new BenchIndex(Passages);

    [GlobalCleanup]
    public void Cleanup() => Index.Dispose();
}

/// <summary>
/// Four searches, one of each kind (two words, one word, a run of three words, a question that falls back to most
/// words): query, facet counts over all matches, stored fields and highlights of the top 10. The kinds share one
/// index per size, which BenchmarkDotNet would otherwise build again for every parameter.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks : OverIndex
{
    private static readonly string[] Queries = ["劳模 工匠", "产业工人", "和谐劳动关系", "如何提高技能人才待遇"];

    [Benchmark(OperationsPerInvoke = 4)]
    public int Search()
    {
        var total = 0;
        foreach (var query in Queries) total += Index.Engine.Search(new SearchRequest(query)).Total;
        return total;
    }
}

/// <summary>Completion of a one-character prefix, and the precedents of one passage.</summary>
[MemoryDiagnoser]
public class SuggestAndSimilarBenchmarks : OverIndex
{
    [Benchmark]
    public int Suggest() => Index.Suggester.Suggest("劳", 10).Count;

    [Benchmark]
    public int Similar() => Index.Precedents.Similar(Index.MiddlePassageId, 10)?.Count ?? 0;
}
