using BenchmarkDotNet.Attributes;

namespace SearchService.Benchmarks.Highlighting;

/// <summary>
/// The three highlighters on one page of 10 hits, over an index of the first N passages of <c>BENCH_DOCS</c> (with
/// term vectors for the vector highlighter); the queries of <c>queries.txt</c>, each its own page, time per page.
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmarks
{
    private HighlightIndex index = null!;
    private PageHighlighter highlighter = null!;
    private List<(SearchService.Core.Search.Query.PlannedQuery Built, int[] Docs)> pages = [];

    [Params(1_000, 20_000)]
    public int Passages { get; set; }

    [ParamsSource(nameof(Names))]
    public string Highlighter { get; set; } = "hand-written";

    public static IEnumerable<string> Names => PageHighlighter.Names;

    [GlobalSetup]
    public void Setup()
    {
        index = new HighlightIndex(BenchCorpus.FromEnvironment(Passages));
        highlighter = PageHighlighter.Create(Highlighter, index);
        pages = File.ReadLines(QueriesFile()).Where(l => l.Trim().Length > 0).Select(q => index.Page(q)).Where(p => p.Docs.Length > 0).ToList();
    }

    [GlobalCleanup]
    public void Cleanup() => index.Dispose();

    /// <summary>Every query's page once; BenchmarkDotNet divides by the number of pages.</summary>
    [Benchmark(OperationsPerInvoke = 30)]
    public int PageOf10()
    {
        var fragments = 0;
        for (var i = 0; i < 30; i++)
        {
            var (built, docs) = pages[i % pages.Count];
            fragments += highlighter.Page(index.Searcher, docs, built).Sum(f => f.Count);
        }
        return fragments;
    }

    private static string QueriesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "SearchService.Benchmarks", "queries.txt");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("tests/SearchService.Benchmarks/queries.txt not found above " + AppContext.BaseDirectory);
    }
}
