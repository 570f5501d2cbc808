using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

public static class AnalyzerExtensions
{
    /// <summary>Runs an analyzer over a text and lists its tokens (positions start at 0).</summary>
    public static IReadOnlyList<AnalyzedToken> Tokens(this Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(increment.PositionIncrement, 0);
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offsets.StartOffset, offsets.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
