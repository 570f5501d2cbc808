using System.Diagnostics;
using System.Text.Json;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Benchmarks;

/// <summary>
/// The Java peer's <c>bench.sh search</c>, done by this service on the same JSONL and queries: index every doc (timed from
/// opening the writer to the commit), then each query once as warm-up and R rounds of search + facet counts +
/// highlighted fragments + stored fields of the top 10. Also <c>ingest</c>: the whole pipeline from files.
/// </summary>
public static class SearchBench
{
    /// <param name="warmup">
    /// Untimed rounds first. The peer does one; .NET's tiered JIT needs more to reach its steady state (its first
    /// rounds run partly unoptimised code while the background compiler catches up), so both are worth reporting.
    /// </param>
    /// <param name="reuseIndex">Search the index already in <paramref name="indexPath"/> (built by an earlier run of the same version) instead of building it.</param>
    public static int Search(string docsPath, string queriesPath, string indexPath, int rounds, int warmup = 1, bool reuseIndex = false)
    {
        var reports = BenchCorpus.Load(docsPath);
        var bytes = BenchCorpus.Bytes(reports);
        reuseIndex &= Directory.Exists(indexPath);
        if (!reuseIndex && Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);

        using var analyzers = AnalyzerSet.Create(new AnalysisOptions());
        var clock = Stopwatch.StartNew();
        using var index = new IndexService(new IndexOptions { Path = indexPath, ReadOnly = reuseIndex }, analyzers);
        if (!reuseIndex) index.Rebuild(reports, []);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var indexBytes = Directory.EnumerateFiles(indexPath).Sum(f => new FileInfo(f).Length);

        var synonyms = Synonyms.FromConfiguredFile(null);
        var engine = SearchEngine.Create(index, analyzers, synonyms, new SearchOptions { CacheEntries = 0, TimeBudgetMs = 600_000 }); // every round searches, as the peer does; a shared machine must not abort the run
        var queries = File.ReadLines(queriesPath).Where(q => q.Trim().Length > 0).ToList();
        for (var r = 0; r < warmup; r++)
            foreach (var q in queries) engine.Search(new SearchRequest(q));
        var latencies = new List<double>();
        var perQuery = queries.ToDictionary(q => q, _ => 0.0);
        var totalHits = 0L;
        // CPU time (every thread, the collector's included) says what a search costs when the machine is shared.
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        for (var r = 0; r < rounds; r++)
            foreach (var q in queries)
            {
                clock.Restart();
                var response = engine.Search(new SearchRequest(q));
                var ms = clock.Elapsed.TotalMilliseconds;
                latencies.Add(ms);
                perQuery[q] += ms / rounds;
                totalHits += response.Total;
            }
        var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        foreach (var (q, ms) in perQuery.OrderByDescending(kv => kv.Value).Take(5)) Console.Error.WriteLine($"slowest: {q} {ms:0.0} ms");
        latencies.Sort();
        double Percentile(double p) => latencies[Math.Max(0, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            docs = reports.Count,
            bytes,
            index_seconds = Math.Round(indexSeconds, 2),
            docs_per_s = Math.Round(reports.Count / indexSeconds),
            MB_per_s = Math.Round(bytes / 1e6 / indexSeconds, 2),
            index_MB = Math.Round(indexBytes / 1e6, 1),
            warmup_rounds = warmup,
            query_count = latencies.Count,
            p50_ms = Math.Round(Percentile(50), 2),
            p90_ms = Math.Round(Percentile(90), 2),
            p99_ms = Math.Round(Percentile(99), 2),
            qps_single_thread = Math.Round(latencies.Count / (latencies.Sum() / 1000)),
            cpu_ms_per_search = Math.Round(cpuMs / latencies.Count, 2),
            allocated_KB_per_search = Math.Round(allocated / 1024.0 / latencies.Count),
            gc_pause_ms_per_search = Math.Round(paused.TotalMilliseconds / latencies.Count, 3),
            mean_total_hits = totalHits / latencies.Count,
        }));
        return 0;
    }

    public static int Ingest(string sourcesPath, string indexPath)
    {
        if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
        using var analyzers = AnalyzerSet.Create(new AnalysisOptions());
        using var index = new IndexService(new IndexOptions { Path = indexPath }, analyzers);
        var clock = Stopwatch.StartNew();
        var summary = new SourceIndexer(index, new IngestionPipeline()).Run(sourcesPath, rebuild: true);
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = Directory.EnumerateFiles(sourcesPath, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".jsonl")).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            files = summary.FilesSeen,
            reports = summary.Reports,
            passages = summary.Passages,
            paragraphs = summary.Paragraphs,
            duplicates_collapsed = summary.DuplicatesCollapsed,
            seconds = Math.Round(seconds, 2),
            passages_per_s = Math.Round(summary.Passages / seconds),
            source_MB_per_s = Math.Round(bytes / 1e6 / seconds, 2),
        }));
        return 0;
    }
}
