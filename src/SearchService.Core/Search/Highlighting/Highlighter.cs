using System.Buffers;
using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Search.Highlighting;

/// <summary>
/// Snippets for Chinese text: matched words are found by re-analysing the stored text with the index analyzer (its
/// offsets point into the original characters) and matched strings verbatim (what the bigram net matched); the best
/// sentences are cut to about <see cref="FragmentLength"/> characters at clause boundaries; every matched span is
/// wrapped in <c>&lt;mark&gt;</c> and everything else is HTML-escaped.
/// </summary>
public sealed class Highlighter(Analyzer words, int fragmentLength = 120, int maxFragments = 3, ScriptFold? fold = null)
{
    // Literal strings are matched on the text folded to simplified script, as the analyzers see it; the fold is one
    // character for one, so the positions found are positions in the original text.
    private readonly ScriptFold fold = fold ?? ScriptFold.Default;

    private const string Ellipsis = "…";

    public int FragmentLength => fragmentLength;

    /// <summary>Sentences scored between two calls of the caller's budget check (a long text is thousands of them).</summary>
    private const int SentencesPerBudgetCheck = 4096;

    /// <summary>The 1–<c>maxFragments</c> best fragments, in text order, as HTML.</summary>
    public IReadOnlyList<string> Fragments(string text, IReadOnlySet<string> terms, IReadOnlySet<string> strings, Action? checkBudget = null) =>
        Fragments(text, MatchedSpans(text, terms, strings), checkBudget);

    /// <summary>
    /// The same, with the matched words' offsets already known (read from the index's postings); only the literal
    /// strings are searched in the text. <paramref name="checkBudget"/> is called now and then on a long text and may
    /// throw to stop.
    /// </summary>
    public IReadOnlyList<string> Fragments(string text, IEnumerable<(int Start, int End)> termOffsets, IReadOnlySet<string> strings, Action? checkBudget = null)
    {
        var spans = MatchedSpans(text, new HashSet<string>(), strings);
        spans.AddRange(termOffsets.Where(o => o.End > o.Start && o.End <= text.Length).Select(o => new Span(o.Start, o.End)));
        return Fragments(text, Merge(spans), checkBudget);
    }

    private IReadOnlyList<string> Fragments(string text, List<Span> spans, Action? checkBudget)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (spans.Count == 0) return [Render(text, Window(text, 0, text.Length, 0), spans)];

        var best = BestSentences(text, spans, checkBudget);
        return best.Select(s => Render(text, Window(text, s.Range.Start, s.Range.End, s.FirstMatch), spans)).ToList();
    }

    /// <summary>
    /// The best <c>maxFragments</c> sentences, in text order. One pass over sentences and matches together (both in
    /// text order): each match is looked at for the sentences it overlaps only, so the work grows with the text, not
    /// with sentences × matches (80,000 matched sentences took 10 s when every sentence scanned every match).
    /// Distinct matched strings count most: a sentence with both words beats one repeating one.
    /// </summary>
    private List<(Span Range, int Score, int FirstMatch)> BestSentences(string text, List<Span> spans, Action? checkBudget)
    {
        var scored = new List<(Span Range, int Score, int FirstMatch)>();
        // The matched strings compared where they stand in the text, not cut out of it: one string per match per hit.
        var distinct = new HashSet<Span>(new SpanText(text));
        var first = 0;
        var sentences = 0;
        for (var start = 0; start < text.Length;)
        {
            var sentence = NextSentence(text, start);
            start = sentence.End;
            if (++sentences % SentencesPerBudgetCheck == 0) checkBudget?.Invoke();
            while (first < spans.Count && spans[first].End <= sentence.Start) first++;
            // No match left: no later sentence can score.
            if (first == spans.Count) break;
            var count = 0;
            distinct.Clear();
            for (var i = first; i < spans.Count && spans[i].Start < sentence.End; i++)
            {
                count++;
                distinct.Add(spans[i]);
            }
            if (count > 0) scored.Add((sentence, distinct.Count * 10 + count, spans[first].Start));
        }
        // Best score first, then the earlier sentence (each starts elsewhere, so the order is total).
        scored.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Range.Start.CompareTo(b.Range.Start));
        if (scored.Count > maxFragments) scored.RemoveRange(maxFragments, scored.Count - maxFragments);
        scored.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return scored;
    }

    /// <summary>Matched strings by their text, ignoring case, as a set of the strings cut out would compare them.</summary>
    private sealed class SpanText(string text) : IEqualityComparer<Span>
    {
        public bool Equals(Span a, Span b) =>
            text.AsSpan(a.Start, a.End - a.Start).Equals(text.AsSpan(b.Start, b.End - b.Start), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(Span span) => string.GetHashCode(text.AsSpan(span.Start, span.End - span.Start), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A short text (a report title, a heading) whole, with the literal strings marked; null when none stands in it.</summary>
    public string? MarkWhole(string text, IReadOnlySet<string> strings)
    {
        if (string.IsNullOrEmpty(text) || strings.Count == 0) return null;
        var spans = MatchedSpans(text, new HashSet<string>(), strings);
        return spans.Count == 0 ? null : Render(text, new Fragment(0, text.Length, false, false), spans);
    }

    internal List<Span> MatchedSpans(string text, IReadOnlySet<string> terms, IReadOnlySet<string> strings)
    {
        var spans = new List<Span>();
        if (terms.Count > 0)
        {
            foreach (var token in words.Tokens(IndexSchema.Text, text))
                if (terms.Contains(token.Term) && token.End > token.Start) spans.Add(new Span(token.Start, token.End));
        }
        var folded = strings.Count > 0 ? fold.Fold(text) : text;
        foreach (var literal in strings)
        {
            if (literal.Length == 0) continue;
            var s = fold.Fold(literal);
            var comparison = Uncased(s) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = folded.IndexOf(s, comparison); at >= 0; at = folded.IndexOf(s, at + 1, comparison))
                if (!SplitsPair(text, at) && !SplitsPair(text, at + s.Length)) spans.Add(new Span(at, at + s.Length));
        }
        return Merge(spans);
    }

    /// <summary>
    /// Whether a string is of Chinese characters and punctuation only, which have no case and are no other
    /// character's case: ignoring case then finds exactly what the ordinal search finds, which is several times faster.
    /// </summary>
    private static bool Uncased(string s)
    {
        foreach (var c in s)
            if (c is not (>= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF')) return false;
        return true;
    }

    private static List<Span> Merge(List<Span> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Span>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                if (span.End > merged[^1].End) merged[^1] = merged[^1] with { End = span.End };
                continue;
            }
            merged.Add(span);
        }
        return merged;
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？；!?;\n");

    /// <summary>
    /// The sentence that starts at <paramref name="start"/> (&lt; the text's length): up to and with its end mark and
    /// the closing marks after it, or to the end of the text.
    /// </summary>
    private static Span NextSentence(string text, int start)
    {
        var mark = text.AsSpan(start).IndexOfAny(SentenceEnds);
        if (mark < 0) return new Span(start, text.Length);
        var end = start + mark + 1;
        while (end < text.Length && IsClosingPunctuation(text[end])) end++;
        return new Span(start, end);
    }

    /// <summary>
    /// A window of at most <see cref="FragmentLength"/> characters inside [start, end) that contains
    /// <paramref name="focus"/>, moved to clause boundaries where one is near.
    /// </summary>
    private Fragment Window(string text, int start, int end, int focus)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        if (end - start <= fragmentLength) return new Fragment(start, end, start > 0, end < text.Length);

        var from = Math.Max(start, focus - fragmentLength / 4);
        var to = Math.Min(end, from + fragmentLength);
        from = Math.Max(start, to - fragmentLength);
        if (from > start)
        {
            var clause = LastClauseBoundary(text, from - 1, Math.Max(start, from - 20));
            if (clause >= 0 && clause + 1 <= focus) from = clause + 1;
        }
        if (to < end)
        {
            var clause = LastClauseBoundary(text, to - 1, Math.Max(from + fragmentLength / 2, focus + 1));
            if (clause >= 0) to = clause + 1;
        }
        if (SplitsPair(text, from)) from--;
        if (SplitsPair(text, to)) to++;
        return new Fragment(from, to, from > 0, to < text.Length);
    }

    /// <summary>A cut at <paramref name="index"/> would separate a surrogate pair.</summary>
    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static int LastClauseBoundary(string text, int from, int downTo)
    {
        for (var i = from; i >= downTo && i >= 0; i--)
            if (IsClauseEnd(text[i]) || IsSentenceEnd(text[i])) return i;
        return -1;
    }

    private static string Render(string text, Fragment fragment, List<Span> spans)
    {
        var html = new StringBuilder();
        if (fragment.CutBefore) html.Append(Ellipsis);
        var at = fragment.Start;
        foreach (var span in spans)
        {
            var s = Math.Max(span.Start, fragment.Start);
            var e = Math.Min(span.End, fragment.End);
            if (e <= s) continue;
            html.Append(WebUtility.HtmlEncode(text[at..s]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        html.Append(WebUtility.HtmlEncode(text[at..fragment.End]));
        if (fragment.CutAfter) html.Append(Ellipsis);
        return html.ToString();
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n';

    private static bool IsClauseEnd(char c) => c is '，' or '、' or '：' or ',' or ':';

    private static bool IsClosingPunctuation(char c) => c is '”' or '’' or '）' or '」' or '』' or '"' or ')';

    internal readonly record struct Span(int Start, int End);

    private readonly record struct Fragment(int Start, int End, bool CutBefore, bool CutAfter);
}
