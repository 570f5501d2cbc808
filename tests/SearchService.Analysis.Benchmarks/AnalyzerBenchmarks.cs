using System.Text;
using BenchmarkDotNet.Attributes;

namespace SearchService.Analysis.Benchmarks;

/// <summary>Analysis of a whole text, line by line, as the golden files and the Java peer do it. MB/s is a column.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class AnalyzerBenchmarks
{
    private SmartChineseAnalyzer analyzer = null!;
    private List<string> lines = [];

    [Params("seed", "chinese")]
    public string Text { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        analyzer = new SmartChineseAnalyzer(SmartCnDictionaries.LoadFromJar());
        lines = BenchTexts.Lines(BenchTexts.Get(Text));
    }

    [GlobalCleanup]
    public void Cleanup() => analyzer.Dispose();

    [Benchmark]
    public int Analyze() => TokenCounter.Count(analyzer, lines);

    /// <summary>UTF-8 bytes of a text's non-empty lines: what MB/s is computed on (as in the peer's bench.sh).</summary>
    public static long Bytes(string text) => BenchTexts.Lines(BenchTexts.Get(text)).Sum(l => (long)Encoding.UTF8.GetByteCount(l));
}

/// <summary>How long loading the dictionaries from the jar takes (unzip + parse both .mem files).</summary>
[MemoryDiagnoser]
public class DictionaryLoadBenchmarks
{
    [Benchmark]
    public SmartCnDictionaries Load() => SmartCnDictionaries.LoadFromJar();
}
