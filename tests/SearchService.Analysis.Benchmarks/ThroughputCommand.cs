using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SearchService.Analysis.Benchmarks;

/// <summary>
/// The counterpart of the peer's <c>bench.sh analyze FILE</c>: every non-empty line analysed W times (warm-up), then N
/// timed passes; MB = 10^6 UTF-8 bytes of the lines; MB/s of the median pass. Adds the dictionary load time and the
/// bytes allocated per MB of text in the timed passes. With <c>--package</c>, the package's analyzer, whose
/// dictionaries load on first use: its load time is that of analysing one char in a fresh process.
/// </summary>
public static class ThroughputCommand
{
    public static int Run(string file, int rounds, int warmup, bool stopWords, bool package)
    {
        // Wall time, and the process's CPU time (all threads; the fairer figure on a busy machine).
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var analyzer = Analyzers.Create(stopWords, package);
        TokenCounter.Count(analyzer, ["中"]);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var loadCpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var lines = BenchTexts.Lines(File.ReadAllText(file));
        long bytes = lines.Sum(l => (long)Encoding.UTF8.GetByteCount(l));

        for (var i = 0; i < warmup; i++) TokenCounter.Count(analyzer, lines);
        var seconds = new List<double>();
        var tokens = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        for (var i = 0; i < rounds; i++)
        {
            clock.Restart();
            tokens = TokenCounter.Count(analyzer, lines);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        var allocatedPerPass = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / (double)rounds;
        var median = seconds.Order().ElementAt(seconds.Count / 2);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            analyzer = Analyzers.Name(package),
            file = Path.GetFileName(file),
            texts = lines.Count,
            bytes,
            tokens_per_pass = tokens,
            dict_load_ms = Math.Round(loadMs, 1),
            dict_load_cpu_ms = Math.Round(loadCpuMs, 1),
            MB_per_s = Math.Round(bytes / 1e6 / median, 3),
            MB_per_s_mean = Math.Round(bytes / 1e6 / seconds.Average(), 3),
            MB_per_s_best = Math.Round(bytes / 1e6 / seconds.Min(), 3),
            allocated_bytes_per_MB = Math.Round(allocatedPerPass / (bytes / 1e6)),
            pass_seconds = seconds.Select(s => Math.Round(s, 4)),
        }));
        return 0;
    }
}
