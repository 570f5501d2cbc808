using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Benchmarks;

/// <summary>
/// Indexing N passages of the <c>BENCH_DOCS</c> JSONL into a fresh folder (analysis of every field, doc values, one
/// commit): passages/s is N divided by the mean. Each iteration is one whole run, so few iterations are taken.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IndexingBenchmarks
{
    private AnalyzerSet analyzers = null!;
    private IReadOnlyList<Report> reports = [];
    private string folder = "";

    [Params(1_000, 20_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        reports = BenchCorpus.FromEnvironment(Passages);
        analyzers = AnalyzerSet.Create(new AnalysisOptions());
    }

    [IterationSetup]
    public void NewFolder() => folder = Path.Combine(Path.GetTempPath(), $"searchsvc-bench-index-{Guid.NewGuid():n}");

    [IterationCleanup]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [GlobalCleanup]
    public void Cleanup() => analyzers.Dispose();

    [Benchmark]
    public void Index()
    {
        using var index = new IndexService(new IndexOptions { Path = folder }, analyzers);
        index.Rebuild(reports, []);
    }
}
