using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.TokenAttributes;
using SearchService.Analysis;

namespace SearchService.Benchmarks;

/// <summary>SmartCn analysis of a whole text, line by line, as the golden files and the Java peer do it.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private SmartChineseAnalyzer analyzer = null!;
    private string[] lines = [];

    [Params("seed", "mixed")]
    public string Text { get; set; } = "seed";

    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        analyzer = new SmartChineseAnalyzer(SmartCnDictionaries.LoadFromJar());
        var text = Text == "seed" ? BenchTexts.Seed : BenchTexts.Mixed();
        lines = text.Split('\n').Where(l => l.Length > 0).ToArray();
        Bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        Console.WriteLine($"// {Text}: {lines.Length} lines, {Bytes} UTF-8 bytes");
    }

    [Benchmark]
    public int Analyze() => Tokens(analyzer, lines);

    public static int Tokens(SmartChineseAnalyzer analyzer, string[] lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            using var stream = analyzer.GetTokenStream("text", line);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) count += term.Length > 0 ? 1 : 0;
            stream.End();
        }
        return count;
    }
}
