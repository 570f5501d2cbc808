using System.Net;
using System.Text;

using Lucene.Net.Index;
using Lucene.Net.Search;
using IEncoder = Lucene.Net.Search.Highlight.IEncoder;
using Lucene.Net.Search.PostingsHighlight;
using Lucene.Net.Search.VectorHighlight;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Highlighting;
using SearchService.Core.Search.Query;

namespace SearchService.Benchmarks.Highlighting;

/// <summary>Up to three HTML fragments (matches in &lt;mark&gt;, the rest escaped) for each hit of a page.</summary>
public abstract class PageHighlighter
{
    public const int FragmentLength = 120;
    public const int MaxFragments = 3;

    public static readonly string[] Names = ["hand-written", "vector", "postings"];

    public static PageHighlighter Create(string name, HighlightIndex index) => name switch
    {
        "hand-written" => new HandWritten(index),
        "vector" => new Vector(),
        "postings" => new Postings(),
        _ => throw new ArgumentException($"unknown highlighter {name}"),
    };

    public abstract IReadOnlyList<IReadOnlyList<string>> Page(IndexSearcher searcher, int[] docs, PlannedQuery built);

    /// <summary>The service's highlighter: the words' offsets from the postings, the literal strings found in the text.</summary>
    private sealed class HandWritten(HighlightIndex index) : PageHighlighter
    {
        private readonly Highlighter highlighter = new(index.Analyzers.Words, FragmentLength, MaxFragments);

        public override IReadOnlyList<IReadOnlyList<string>> Page(IndexSearcher searcher, int[] docs, PlannedQuery built)
        {
            var offsets = PostingsOffsets.Read(searcher.IndexReader, IndexSchema.Text, docs, built.HighlightTerms)!;
            return docs.Select(doc => highlighter.Fragments(searcher.Doc(doc).Get(IndexSchema.Text) ?? "", offsets[doc], built.HighlightStrings)).ToList();
        }
    }

    /// <summary>
    /// Lucene.Net.Highlighter's FastVectorHighlighter over term vectors: the words on the text field and each literal
    /// string as a phrase of its bigrams on a bigram copy of the text, both marked on the stored text (matched fields);
    /// fragments of about 120 chars in score order, their edges moved to Chinese or Latin punctuation.
    /// </summary>
    private sealed class Vector : PageHighlighter
    {
        private static readonly char[] Boundaries = "。！？；，、：,.!?;:\n \t“”（）《》".ToCharArray();
        private readonly FastVectorHighlighter highlighter = new(phraseHighlight: true, fieldMatch: false);
        private readonly ISet<string> matchedFields = new HashSet<string> { IndexSchema.Text, HighlightIndex.BigramVectors };
        private readonly IFragmentsBuilder fragments = new ScoreOrderFragmentsBuilder(["<mark>"], ["</mark>"], new SimpleBoundaryScanner(20, Boundaries));
        private readonly IEncoder encoder = new HtmlEncoder();

        public override IReadOnlyList<IReadOnlyList<string>> Page(IndexSearcher searcher, int[] docs, PlannedQuery built)
        {
            var query = new BooleanQuery();
            foreach (var term in built.HighlightTerms) query.Add(new TermQuery(new Term(IndexSchema.Text, term)), Occur.SHOULD);
            foreach (var text in built.HighlightStrings)
            {
                var bigrams = Bigrams(text);
                if (bigrams.Count == 0) continue;
                var phrase = new PhraseQuery();
                foreach (var b in bigrams) phrase.Add(new Term(HighlightIndex.BigramVectors, b));
                query.Add(phrase, Occur.SHOULD);
            }
            var fieldQuery = highlighter.GetFieldQuery(query, searcher.IndexReader);
            return docs.Select(doc => (IReadOnlyList<string>)(highlighter.GetBestFragments(fieldQuery, searcher.IndexReader, doc, IndexSchema.Text, matchedFields,
                FragmentLength, MaxFragments, new SimpleFragListBuilder(), fragments, ["<mark>"], ["</mark>"], encoder) ?? [])).ToList();
        }

        /// <summary>HTML escaping only (Lucene's SimpleHTMLEncoder also writes every non-ASCII char as a numeric entity).</summary>
        private sealed class HtmlEncoder : IEncoder
        {
            public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
        }

        /// <summary>The bigrams the CJK bigram analyzer makes of a string (lower-cased letters, overlapping Hanzi pairs).</summary>
        private static List<string> Bigrams(string text)
        {
            var result = new List<string>();
            var lower = text.ToLowerInvariant();
            for (var i = 0; i + 1 < lower.Length; i++)
                if (IsCjk(lower[i]) && IsCjk(lower[i + 1])) result.Add(lower.Substring(i, 2));
            return result;
        }

        private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';
    }

    /// <summary>
    /// Lucene.Net.ICU's ICUPostingsHighlighter (the Java peer's PostingsHighlighter) over the offsets the text field
    /// already keeps in its postings: sentences (ICU's sentence rules) scored by BM25 of the query's words, a formatter
    /// that escapes HTML, marks the matches and cuts a sentence longer than 120 chars around its first match at clause
    /// punctuation. The literal strings have no terms in this field, so only the words are marked.
    /// </summary>
    private sealed class Postings : PageHighlighter
    {
        private readonly CjkPostingsHighlighter highlighter = new();

        public override IReadOnlyList<IReadOnlyList<string>> Page(IndexSearcher searcher, int[] docs, PlannedQuery built)
        {
            var query = new BooleanQuery();
            foreach (var term in built.HighlightTerms) query.Add(new TermQuery(new Term(IndexSchema.Text, term)), Occur.SHOULD);
            var sorted = docs.Order().ToArray();
            var result = highlighter.HighlightFields([IndexSchema.Text], query, searcher, sorted, [MaxFragments])[IndexSchema.Text];
            var byDoc = sorted.Select((doc, i) => (doc, i)).ToDictionary(x => x.doc, x => x.i);
            return docs.Select(doc => (IReadOnlyList<string>)(result[byDoc[doc]]?.Split(CjkPassageFormatter.Separator, StringSplitOptions.RemoveEmptyEntries) ?? [])).ToList();
        }

        private sealed class CjkPostingsHighlighter() : ICUPostingsHighlighter(1_000_000)
        {
            private static readonly CjkPassageFormatter Formatter = new();

            protected override PassageFormatter GetFormatter(string field) => Formatter;
        }

        /// <summary>
        /// Each passage as an HTML fragment, in text order. The highlighter hands back one string per document, so the
        /// fragments are joined by a control char that escaped text never holds.
        /// </summary>
        private sealed class CjkPassageFormatter : PassageFormatter
        {
            public const char Separator = '\u001F';

            public override object Format(Passage[] passages, string content) => string.Join(Separator, passages.Select(p => Fragment(p, content)));

            private static string Fragment(Passage passage, string content)
            {
                var (start, end) = (passage.StartOffset, passage.EndOffset);
                while (start < end && char.IsWhiteSpace(content[start])) start++;
                if (end - start > FragmentLength)
                {
                    var focus = passage.NumMatches > 0 ? passage.MatchStarts[0] : start;
                    var from = Math.Max(start, focus - FragmentLength / 4);
                    for (var i = from - 1; i >= Math.Max(start, from - 20); i--)
                        if (IsClauseEnd(content[i]) && i + 1 <= focus) { from = i + 1; break; }
                    var to = Math.Min(end, from + FragmentLength);
                    for (var i = to - 1; i > Math.Max(from + FragmentLength / 2, focus); i--)
                        if (IsClauseEnd(content[i])) { to = i + 1; break; }
                    if (from > 0 && char.IsLowSurrogate(content[from]) && char.IsHighSurrogate(content[from - 1])) from--;
                    if (to < content.Length && char.IsLowSurrogate(content[to]) && char.IsHighSurrogate(content[to - 1])) to++;
                    (start, end) = (from, to);
                }
                var html = new StringBuilder();
                if (start > 0) html.Append('…');
                var at = start;
                for (var m = 0; m < passage.NumMatches; m++)
                {
                    var s = Math.Max(passage.MatchStarts[m], at);
                    var e = Math.Min(passage.MatchEnds[m], end);
                    if (e <= s) continue;
                    html.Append(WebUtility.HtmlEncode(content[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(content[s..e])).Append("</mark>");
                    at = e;
                }
                html.Append(WebUtility.HtmlEncode(content[at..end]));
                if (end < content.Length) html.Append('…');
                return html.ToString();
            }

            private static bool IsClauseEnd(char c) => c is '，' or '、' or '：' or '；' or ',' or ':' or ';' or '。' or '！' or '？';
        }
    }
}
