using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchService.Analysis.Segmentation;

namespace SearchService.Analysis;

/// <summary>
/// Lucene 4.10's <c>HMMChineseTokenizer</c>: the input is cut into windows of at most 1024 chars (at the last line
/// break of a full window, else hard), each window into sentences by the JDK sentence rules, and each sentence into
/// words by the HHMM segmenter. Offsets point into the original input.
/// </summary>
public sealed class HMMChineseTokenizer : Tokenizer
{
    private const int WindowSize = 1024;

    private readonly HhmmSegmenter segmenter;
    private readonly ICharTermAttribute termAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly List<SegmentedWord> words = [];

    private char[] text = new char[4096];
    private int length;
    private int windowStart;
    private int windowEnd;
    private int sentenceStart;
    private int sentenceEnd;
    private int nextWord;

    public HMMChineseTokenizer(SmartCnDictionaries dictionaries, TextReader input)
        : this(dictionaries.Core, dictionaries.Bigrams, input)
    {
    }

    internal HMMChineseTokenizer(Dictionaries.CoreDictionary core, Dictionaries.BigramDictionary bigrams, TextReader input)
        : base(input)
    {
        segmenter = new HhmmSegmenter(core, bigrams);
        termAttribute = AddAttribute<ICharTermAttribute>();
        offsetAttribute = AddAttribute<IOffsetAttribute>();
        typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (nextWord >= words.Count)
        {
            if (!NextSentence()) return false;
        }
        var word = words[nextWord++];
        termAttribute.CopyBuffer(segmenter.Terms, word.TermStart, word.TermLength);
        var start = sentenceStart + word.Start;
        offsetAttribute.SetOffset(CorrectOffset(start), CorrectOffset(sentenceStart + word.End));
        typeAttribute.Type = "word";
        return true;
    }

    /// <summary>Segments the next sentence (moving to the next window when needed); false at the end of the input.</summary>
    private bool NextSentence()
    {
        words.Clear();
        nextWord = 0;
        if (sentenceEnd >= windowEnd)
        {
            if (windowEnd >= length) return false;
            windowStart = windowEnd;
            windowEnd = WindowEnd(windowStart);
            sentenceEnd = windowStart;
        }
        var window = text.AsSpan(windowStart, windowEnd - windowStart);
        var end = SentenceBreaker.Next(window, sentenceEnd - windowStart);
        sentenceStart = sentenceEnd;
        sentenceEnd = windowStart + end;
        segmenter.Segment(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart), words);
        return true;
    }

    /// <summary>A full window ends after its last line-break char (else at 1024); a short one at the end of input.</summary>
    private int WindowEnd(int start)
    {
        var available = Math.Min(WindowSize, length - start);
        if (available < WindowSize) return start + available;
        for (var i = start + WindowSize - 1; i >= start; i--)
            if (text[i] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') return i + 1;
        return start + WindowSize;
    }

    public override void Reset()
    {
        base.Reset();
        length = 0;
        int read;
        while ((read = m_input.Read(text, length, text.Length - length)) > 0)
        {
            length += read;
            if (length == text.Length) Array.Resize(ref text, text.Length * 2);
        }
        windowStart = windowEnd = sentenceStart = sentenceEnd = 0;
        words.Clear();
        nextWord = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offsetAttribute.SetOffset(final, final);
    }
}
