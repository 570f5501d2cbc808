using BenchmarkDotNet.Running;
using SearchService.Analysis;
using SearchService.Analysis.Benchmarks;

// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- write-texts DIR                 seed/chinese/mixed.txt for the Java peer
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- analyze FILE [--rounds 20] [--warmup 8] [--no-stop]   like bench.sh analyze
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- segment [--no-stop] < FILE       like segment.sh (parity)
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- plain [--no-stop] < FILE         like plain.sh (searchsvc analyze format)
// dotnet run -c Release --project tests/SearchService.Analysis.Benchmarks -- [BenchmarkDotNet args]           e.g. --filter '*' --job short
var noStop = args.Contains("--no-stop");
switch (args.FirstOrDefault())
{
    case "write-texts":
        BenchTexts.Write(args.ElementAtOrDefault(1) ?? "bench-texts");
        return 0;
    case "analyze":
        return ThroughputCommand.Run(args[1], Option("--rounds", 20), Option("--warmup", 8), !noStop);
    case "segment":
        return WithStdio((input, output) => SegmentCommand.Run(input, output, !noStop));
    case "plain":
        using (var analyzer = new SmartChineseAnalyzer(SmartCnDictionaries.LoadFromJar(), !noStop))
            return WithStdio((input, output) => AnalyzeCommand.Run(input, output, analyzer));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        return 0;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : fallback;
}

// UTF-8 both ways, buffered, no BOM; a lone surrogate is written as '?', as Java's UTF-8 encoder does.
static int WithStdio(Func<TextReader, TextWriter, int> run)
{
    var utf8 = (System.Text.Encoding)new System.Text.UTF8Encoding(false).Clone();
    utf8.EncoderFallback = new System.Text.EncoderReplacementFallback("?");
    using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, 1 << 16);
    using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16);
    return run(input, output);
}
