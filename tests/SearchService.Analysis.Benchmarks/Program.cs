using BenchmarkDotNet.Running;
using SearchService.Analysis.Benchmarks;

// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- write-texts DIR [--chinese-mb 8]     the texts, for the Java peer and the whole-process runs
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- analyze FILE [--rounds 20] [--warmup 8] [--no-stop] [--package]   like the peer's bench.sh analyze
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- segment [--no-stop] [--package] < FILE   like the peer's segment.sh (parity)
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- plain [--no-stop] [--package] < FILE     like the peer's plain.sh and searchsvc analyze
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- [BenchmarkDotNet args]           e.g. --filter '*' --job short
// --package: the Lucene.Net.Analysis.SmartCn package's own analyzer instead of this project's.
var stopWords = !args.Contains("--no-stop");
var package = args.Contains("--package");
switch (args.FirstOrDefault())
{
    case "write-texts":
        BenchTexts.Write(args.ElementAtOrDefault(1) ?? "bench-texts", Option("--chinese-mb", 0));
        return 0;
    case "analyze":
        return ThroughputCommand.Run(args[1], Option("--rounds", 20), Option("--warmup", 8), stopWords, package);
    case "segment":
    {
        using var analyzer = Analyzers.Create(stopWords, package);
        return SegmentCommand.Run(analyzer);
    }
    case "plain":
    {
        using var analyzer = Analyzers.Create(stopWords, package);
        return PlainCommand.Run(analyzer);
    }
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        return 0;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
}
