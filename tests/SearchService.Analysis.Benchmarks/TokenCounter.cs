using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis.Benchmarks;

/// <summary>Analyses texts and consumes every token, as the Java peer's bench.sh does.</summary>
public static class TokenCounter
{
    public static int Count(Analyzer analyzer, IReadOnlyList<string> texts)
    {
        var count = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) count += term.Length > 0 ? 1 : 0;
            stream.End();
        }
        return count;
    }
}
