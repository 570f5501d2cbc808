using BenchmarkDotNet.Running;
using SearchService.Benchmarks;

// The search side; the analyzer's benchmarks are in tests/SearchService.Analysis.Benchmarks.
// dotnet run -c Release --project tests/SearchService.Benchmarks -- search DOCS.jsonl QUERIES.txt INDEX_DIR [--rounds 20] [--warmup 1] [--reuse-index]   like the peer's bench.sh search
// dotnet run -c Release --project tests/SearchService.Benchmarks -- ingest SOURCES_DIR INDEX_DIR                         files → index, passages/s
// dotnet run -c Release --project tests/SearchService.Benchmarks -- load http://localhost:8080 QUERIES.txt [1,8,32] [SECONDS]  HTTP load
// dotnet run -c Release --project tests/SearchService.Benchmarks -- hostile http://localhost:8080 API_KEY SERVER_PID "SLOW QUERY"  hostile uploads (tests/hostile/hostile-test.sh)
// dotnet run -c Release --project tests/SearchService.Benchmarks -- highlight-eval SOURCES_DIR JUDGMENTS.tsv             snippet quality of the three highlighters
// dotnet run -c Release --project tests/SearchService.Benchmarks -- highlight-size DOCS.jsonl N                          what term vectors add to the index
// dotnet SearchService.Benchmarks.dll side-by-side INDEX QUERIES.txt BASE_BUILD NEW_BUILD [PAIRS 6] [ROUNDS 40] [WARMUP 100]  two builds in one process, thread CPU per search
// BENCH_DOCS=DIR/passages.jsonl dotnet run -c Release --project tests/SearchService.Benchmarks -- [BenchmarkDotNet args]  e.g. --filter '*Search*' --job short
switch (args.FirstOrDefault())
{
    case "search":
        return SearchBench.Search(args[1], args[2], args[3], Option("--rounds", 20), Option("--warmup", 1), args.Contains("--reuse-index"));
    case "side-by-side":
        return SideBySide.Run(args[1], args[2], args[3], args[4], Positional(5, 6), Positional(6, 40), Positional(7, 100));
    case "highlight-eval":
        return SearchService.Benchmarks.Highlighting.HighlightQuality.Run(args[1], args[2]);
    case "highlight-size":
        return SearchService.Benchmarks.Highlighting.HighlightQuality.Size(args[1], int.Parse(args[2]));
    case "ingest":
        return SearchBench.Ingest(args[1], args[2]);
    case "load":
        return await LoadClient.Run(args[1], args[2], (args.ElementAtOrDefault(3) ?? "1,8,32").Split(',').Select(int.Parse).ToArray(),
            int.Parse(args.ElementAtOrDefault(4) ?? "10"));
    case "hostile":
        return await HostileClient.Run(args[1], args[2], int.Parse(args[3]), args.ElementAtOrDefault(4) ?? "工会 职工 劳模 工匠 技能 服务");
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
        return 0;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
}

int Positional(int at, int fallback) => args.Length > at ? int.Parse(args[at]) : fallback;
