using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis.Tests;

/// <summary>The tokenizer reads its input window by window; how the reader hands out chars must not matter.</summary>
public class StreamingTests
{
    /// <summary>A reader that returns at most a few chars per call, as a network or decompressing stream may.</summary>
    private sealed class TrickleReader(string text, int maxChunk) : TextReader
    {
        private int at;
        private int call;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, 1 + (call++ % maxChunk)), text.Length - at);
            text.CopyTo(at, buffer, index, n);
            at += n;
            return n;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Short_reads_give_the_same_tokens(int maxChunk)
    {
        var text = string.Concat(Enumerable.Repeat("示范区是实施长三角一体化发展战略的先手棋。Hello World 123\u2028产业工人队伍建设改革\n", 60))
            + string.Concat(Enumerable.Repeat("示范区", 900));
        var expected = Shared.Format(Shared.Tokens(Shared.Analyzer, text));

        var tokens = new List<Shared.Token>();
        using var stream = Shared.Analyzer.GetTokenStream("text", new TrickleReader(text, maxChunk));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new Shared.Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        stream.End();

        Assert.Equal(expected, Shared.Format(tokens));
        Assert.Equal(text.Length, offset.EndOffset);
    }
}
