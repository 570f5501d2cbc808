using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>
/// The tokens an analyzer made of one field value, captured so that analysis (most of indexing's work) can run on
/// another thread than the one adding the document: <see cref="Analyse"/> gives each tokenized field of a document its
/// tokens, and <see cref="IndexWriter"/> then indexes them exactly as if it had analysed the value itself (same terms,
/// positions, offsets and end state, so the same postings and norms), in the order the documents are added.
/// </summary>
internal sealed class PreAnalyzedTokens : TokenStream
{
    private readonly char[] chars;
    private readonly int[] termEnds;
    private readonly int[] increments;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly BytesRef?[]? payloads;
    private readonly int finalIncrement;
    private readonly int finalOffset;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private readonly IPayloadAttribute? payload;
    private int next;

    private PreAnalyzedTokens(char[] chars, int[] termEnds, int[] increments, int[] starts, int[] ends, BytesRef?[]? payloads, int finalIncrement, int finalOffset)
    {
        (this.chars, this.termEnds, this.increments, this.starts, this.ends, this.payloads, this.finalIncrement, this.finalOffset) =
            (chars, termEnds, increments, starts, ends, payloads, finalIncrement, finalOffset);
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        if (payloads is not null) payload = AddAttribute<IPayloadAttribute>();
    }

    /// <summary>Replaces the value of every indexed, tokenized field of <paramref name="document"/> by its tokens from <paramref name="analyzer"/> (the writer's).</summary>
    public static Document Analyse(Document document, Analyzer analyzer)
    {
        foreach (var field in document.Fields)
        {
            if (field is not Field { FieldType: { IsIndexed: true, IsTokenized: true, NumericType: NumericType.NONE } } text || text.GetTokenStreamValue() is not null) continue;
            if (text.GetStringValue() is not { } value) continue;
            text.SetTokenStream(Capture(analyzer, text.Name, value));
        }
        return document;
    }

    private static PreAnalyzedTokens Capture(Analyzer analyzer, string field, string value)
    {
        var chars = new char[Math.Max(16, value.Length * 2)];
        var length = 0;
        var termEnds = new List<int>();
        var increments = new List<int>();
        var starts = new List<int>();
        var ends = new List<int>();
        List<BytesRef?>? payloads = null;
        using var stream = analyzer.GetTokenStream(field, value);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var payload = stream.HasAttribute<IPayloadAttribute>() ? stream.GetAttribute<IPayloadAttribute>() : null;
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (length + term.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, length + term.Length));
            Array.Copy(term.Buffer, 0, chars, length, term.Length);
            length += term.Length;
            termEnds.Add(length);
            increments.Add(increment.PositionIncrement);
            starts.Add(offset.StartOffset);
            ends.Add(offset.EndOffset);
            if (payload?.Payload is { } bytes)
            {
                payloads ??= [.. Enumerable.Repeat<BytesRef?>(null, termEnds.Count - 1)];
                payloads.Add(BytesRef.DeepCopyOf(bytes));
            }
            else payloads?.Add(null);
        }
        stream.End();
        var tokens = new PreAnalyzedTokens(chars, [.. termEnds], [.. increments], [.. starts], [.. ends], payloads?.ToArray(), increment.PositionIncrement, offset.EndOffset);
        return tokens;
    }

    public override bool IncrementToken()
    {
        if (next == termEnds.Length) return false;
        ClearAttributes();
        var start = next == 0 ? 0 : termEnds[next - 1];
        term.CopyBuffer(chars, start, termEnds[next] - start);
        increment.PositionIncrement = increments[next];
        offset.SetOffset(starts[next], ends[next]);
        if (payload is not null) payload.Payload = payloads![next];
        next++;
        return true;
    }

    public override void End()
    {
        base.End();
        increment.PositionIncrement = finalIncrement;
        offset.SetOffset(finalOffset, finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
