using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchService.Analysis.Segmentation;

namespace SearchService.Analysis;

/// <summary>
/// Lucene 4.10's <c>HMMChineseTokenizer</c>: the input is read in windows of at most 1024 chars (a full window ends
/// after its last line-break char, else it is cut hard), each window is split into sentences by the JDK sentence
/// rules, and each sentence into words by the HHMM segmenter. Offsets point into the original input. Memory is bounded
/// by the window, whatever the length of the input.
/// </summary>
public sealed class HMMChineseTokenizer : Tokenizer
{
    private const int WindowSize = 1024;

    private readonly HhmmSegmenter segmenter;
    private readonly ICharTermAttribute termAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly List<SegmentedWord> words = [];
    private readonly char[] buffer = new char[WindowSize];

    private int bufferLength;     // chars in `buffer`: the window, then the carry read past it
    private int windowLength;     // the window is buffer[0, windowLength)
    private int windowOffset;     // offset of the window's first char in the input
    private bool inputExhausted;
    private int sentenceStart;    // the current sentence is buffer[sentenceStart, sentenceEnd)
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool IncrementToken()
    {
        ClearAttributes();
        while (nextWord >= words.Count)
        {
            if (!NextSentence()) return false;
        }
        var word = words[nextWord++];
        termAttribute.CopyBuffer(segmenter.Terms, word.TermStart, word.TermLength);
        var sentenceOffset = windowOffset + sentenceStart;
        offsetAttribute.SetOffset(CorrectOffset(sentenceOffset + word.Start), CorrectOffset(sentenceOffset + word.End));
        typeAttribute.Type = "word";
        return true;
    }

    /// <summary>Segments the next sentence (moving to the next window when needed); false at the end of the input.</summary>
    private bool NextSentence()
    {
        words.Clear();
        nextWord = 0;
        if (sentenceEnd >= windowLength && !NextWindow()) return false;
        sentenceStart = sentenceEnd;
        sentenceEnd = SentenceBreaker.Next(buffer.AsSpan(0, windowLength), sentenceStart);
        segmenter.Segment(buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart), words);
        return true;
    }

    /// <summary>
    /// Moves past the current window: the carry goes to the front, the buffer is refilled, and the new window is the
    /// whole buffer when the input ended, else up to its last line-break char (or all 1024 chars when there is none).
    /// </summary>
    private bool NextWindow()
    {
        var carry = bufferLength - windowLength;
        Array.Copy(buffer, windowLength, buffer, 0, carry);
        windowOffset += windowLength;
        bufferLength = carry;
        while (bufferLength < WindowSize && !inputExhausted)
        {
            var read = m_input.Read(buffer, bufferLength, WindowSize - bufferLength);
            if (read <= 0) inputExhausted = true;
            else bufferLength += read;
        }
        windowLength = bufferLength == WindowSize ? AfterLastLineBreak() : bufferLength;
        sentenceStart = sentenceEnd = 0;
        return windowLength > 0;
    }

    private int AfterLastLineBreak()
    {
        var last = buffer.AsSpan().LastIndexOfAny('\n', '\r', '\u0085');
        last = Math.Max(last, buffer.AsSpan().LastIndexOfAny('\u2028', '\u2029'));
        return last >= 0 ? last + 1 : WindowSize;
    }

    public override void Reset()
    {
        base.Reset();
        bufferLength = windowLength = windowOffset = 0;
        inputExhausted = false;
        sentenceStart = sentenceEnd = 0;
        words.Clear();
        nextWord = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(windowOffset + bufferLength);
        offsetAttribute.SetOffset(final, final);
    }
}
