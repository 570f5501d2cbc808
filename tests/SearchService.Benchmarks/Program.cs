using System.Diagnostics;
using BenchmarkDotNet.Running;
using SearchService.Analysis;
using SearchService.Benchmarks;

// dotnet run -c Release --project tests/SearchService.Benchmarks -- write-texts DIR          texts for the Java peer
// dotnet run -c Release --project tests/SearchService.Benchmarks -- analyze FILE            bench.sh-style MB/s (8 warm-up + 20 timed passes)
// dotnet run -c Release --project tests/SearchService.Benchmarks -- search DOCS.jsonl QUERIES.txt INDEX_DIR [--rounds 20]   like the peer's bench.sh search
// dotnet run -c Release --project tests/SearchService.Benchmarks -- ingest SOURCES_DIR INDEX_DIR                         files → index, passages/s
// dotnet run -c Release --project tests/SearchService.Benchmarks -- load http://localhost:8080 QUERIES.txt [1,8,32] [SECONDS]  HTTP load
// dotnet run -c Release --project tests/SearchService.Benchmarks -- [BenchmarkDotNet args]  e.g. --filter '*Analyzer*' --job short
switch (args.FirstOrDefault())
{
    case "write-texts":
        BenchTexts.Write(args.ElementAtOrDefault(1) ?? "bench-texts");
        return 0;
    case "analyze":
        return AnalyzeThroughput(args[1]);
    case "search":
        return SearchBench.Search(args[1], args[2], args[3], args.Length > 5 && args[4] == "--rounds" ? int.Parse(args[5]) : 20);
    case "ingest":
        return SearchBench.Ingest(args[1], args[2]);
    case "load":
        return await LoadClient.Run(args[1], args[2], (args.ElementAtOrDefault(3) ?? "1,8,32").Split(',').Select(int.Parse).ToArray(),
            int.Parse(args.ElementAtOrDefault(4) ?? "10"));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        return 0;
}

static int AnalyzeThroughput(string file)
{
    var clock = Stopwatch.StartNew();
    var dictionaries = SmartCnDictionaries.LoadFromJar();
    var loadMs = clock.Elapsed.TotalMilliseconds;
    using var analyzer = new SmartChineseAnalyzer(dictionaries);
    var text = File.ReadAllText(file);
    var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
    var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
    for (var i = 0; i < 8; i++) AnalyzerBenchmarks.Tokens(analyzer, lines);
    var seconds = new List<double>();
    var tokens = 0;
    var allocatedBefore = GC.GetTotalAllocatedBytes(true);
    for (var i = 0; i < 20; i++)
    {
        clock.Restart();
        tokens = AnalyzerBenchmarks.Tokens(analyzer, lines);
        seconds.Add(clock.Elapsed.TotalSeconds);
    }
    var allocatedPerPass = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 20.0;
    var median = seconds.Order().ElementAt(seconds.Count / 2);
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
    {
        file = Path.GetFileName(file),
        texts = lines.Length,
        bytes,
        tokens_per_pass = tokens,
        dict_load_ms = Math.Round(loadMs, 1),
        MB_per_s = Math.Round(bytes / 1e6 / median, 3),
        MB_per_s_best = Math.Round(bytes / 1e6 / seconds.Min(), 3),
        allocated_bytes_per_MB = Math.Round(allocatedPerPass / (bytes / 1e6)),
    }));
    return 0;
}
