using System.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;

namespace SearchService.Analysis.Benchmarks;

/// <summary>
/// Analysis of a whole text, line by line, as the golden files and the Java peer do it, by this project's analyzer and
/// by the Lucene.Net.Analysis.SmartCn package's (the baseline). MB/s is a column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class AnalyzerBenchmarks
{
    private Analyzer ours = null!;
    private Analyzer package = null!;
    private List<string> lines = [];

    [Params("seed", "chinese")]
    public string Text { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        ours = Analyzers.Create(stopWords: true, package: false);
        package = Analyzers.Create(stopWords: true, package: true);
        lines = BenchTexts.Lines(BenchTexts.Get(Text));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ours.Dispose();
        package.Dispose();
    }

    [Benchmark]
    public int Analyze() => TokenCounter.Count(ours, lines);

    [Benchmark(Baseline = true)]
    public int AnalyzePackage() => TokenCounter.Count(package, lines);

    /// <summary>UTF-8 bytes of a text's non-empty lines: what MB/s is computed on (as in the peer's bench.sh).</summary>
    public static long Bytes(string text) => BenchTexts.Lines(BenchTexts.Get(text)).Sum(l => (long)Encoding.UTF8.GetByteCount(l));
}

/// <summary>
/// How long loading the dictionaries from the package's resources takes (both .mem files parsed in parallel into the
/// word trie and the pair table), in a warm process. The package's own load is a one-time static initialisation, so it
/// is measured by <c>analyze --package</c> in a fresh process instead.
/// </summary>
[MemoryDiagnoser]
public class DictionaryLoadBenchmarks
{
    [Benchmark]
    public SmartCnDictionaries Load() => SmartCnDictionaries.LoadFromPackage();
}
