using System.Diagnostics;
using System.Text.Json;

namespace SearchService.Benchmarks;

/// <summary>
/// HTTP load against a running API: for each concurrency level, that many clients send searches drawn from a query
/// file (round robin) for a fixed time; reports throughput, latency percentiles and errors.
/// </summary>
public static class LoadClient
{
    public static async Task<int> Run(string baseUrl, string queriesPath, int[] levels, int seconds)
    {
        var queries = File.ReadLines(queriesPath).Where(q => q.Trim().Length > 0).ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
        foreach (var q in queries) await http.GetAsync(Url(q));
        foreach (var level in levels)
        {
            var latencies = new List<double>[level];
            var errors = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var until = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, level).Select(w => Task.Run(async () =>
            {
                var mine = latencies[w] = [];
                var i = w;
                while (until.Elapsed.TotalSeconds < seconds)
                {
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        using var response = await http.GetAsync(Url(queries[i++ % queries.Length]));
                        await response.Content.ReadAsByteArrayAsync();
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    mine.Add(clock.Elapsed.TotalMilliseconds);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            // The client shares the machine with the server it measures: its CPU per request is CPU the server did not get.
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var all = latencies.SelectMany(l => l).Order().ToList();
            double P(double p) => all[Math.Max(0, (int)Math.Ceiling(p / 100 * all.Count) - 1)];
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                concurrency = level,
                requests = all.Count,
                errors,
                requests_per_s = Math.Round(all.Count / until.Elapsed.TotalSeconds),
                p50_ms = Math.Round(P(50), 2),
                p95_ms = Math.Round(P(95), 2),
                p99_ms = Math.Round(P(99), 2),
                client_cpu_ms_per_request = Math.Round(clientCpu.TotalMilliseconds / Math.Max(1, all.Count), 3),
            }));
        }
        return 0;
    }

    private static string Url(string q) => "/api/search?size=10&q=" + Uri.EscapeDataString(q);
}
