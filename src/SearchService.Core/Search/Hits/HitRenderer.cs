using Lucene.Net.Documents;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Highlighting;
using SearchService.Core.Search.Matching;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Hits;

/// <summary>
/// A page of matched documents → what a person sees of each: its stored fields, highlighted fragments of its text and,
/// when asked, the score's explanation. Searches and precedents render their hits here. A hit's text is cut at
/// <c>maxTextChars</c> (<see cref="LimitsOptions.MaxHitTextChars"/>; <see cref="SearchHit.TextTruncated"/> says so): the
/// passage view has it whole.
/// </summary>
public sealed class HitRenderer(AnalyzerSet analyzers, int maxTextChars)
{
    private readonly Highlighter highlighter = new(analyzers.Words);

    public HitRenderer(AnalyzerSet analyzers) : this(analyzers, new LimitsOptions().MaxHitTextChars)
    {
    }

    public HitRenderer(AnalyzerSet analyzers, LimitsOptions limits) : this(analyzers, limits.MaxHitTextChars)
    {
    }

    /// <summary>The stored fields a hit shows; the rest (occurrences JSON, source path) is not decompressed per hit.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(
        [IndexSchema.Id, IndexSchema.ReportId, IndexSchema.Title, IndexSchema.Organisation, IndexSchema.RegionPath, IndexSchema.Theme, IndexSchema.Section, IndexSchema.Text,
         IndexSchema.Date, IndexSchema.Citation]);

    /// <param name="terms">Analysed words to mark.</param>
    /// <param name="strings">Literal strings to mark (query runs, phrases, synonyms).</param>
    /// <param name="explain">Explain each hit's score against this query; null for no explanation.</param>
    /// <param name="checkBudget">
    /// Called before each explanation (which re-runs the query on that document) and now and then while highlighting a
    /// long text: may throw to stop.
    /// </param>
    public IReadOnlyList<SearchHit> Render(IndexSearcher searcher, IReadOnlyList<RankedDoc> page, IReadOnlySet<string> terms, IReadOnlySet<string> strings,
        LuceneQuery? explain = null, Action? checkBudget = null)
    {
        var offsets = PostingsOffsets.Read(searcher.IndexReader, IndexSchema.Text, page.Select(h => h.Doc), terms);
        var explained = explain is null ? null : PassageQuery.Only(explain);
        return page.Select(hit =>
        {
            var doc = searcher.Doc(hit.Doc, HitFields);
            var text = doc.Get(IndexSchema.Text) ?? "";
            var highlights = offsets is not null
                ? highlighter.Fragments(text, offsets[hit.Doc], strings, checkBudget)
                : highlighter.Fragments(text, terms, strings, checkBudget);
            if (explained is not null) checkBudget?.Invoke();
            return ToHit(doc, Cut(text), float.IsNaN(hit.Score) ? 0 : hit.Score, highlights, hit.MatchingPassages,
                explained is null ? null : searcher.Explain(explained, hit.Doc).ToString());
        }).ToList();
    }

    /// <summary>The text up to the limit, never cutting a surrogate pair; true when something was cut.</summary>
    private (string Text, bool Cut) Cut(string text)
    {
        if (text.Length <= maxTextChars) return (text, false);
        var end = maxTextChars;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return (text[..end], true);
    }

    private static SearchHit ToHit(Document doc, (string Text, bool Cut) text, float score, IReadOnlyList<string> highlights, int? matching, string? explanation)
    {
        var region = doc.Get(IndexSchema.RegionPath);
        return new SearchHit(
            doc.Get(IndexSchema.Id),
            doc.Get(IndexSchema.ReportId),
            doc.Get(IndexSchema.Title) ?? "",
            doc.Get(IndexSchema.Organisation) ?? "",
            region,
            region?.Split(IndexSchema.RegionSeparator) ?? [],
            doc.GetValues(IndexSchema.Theme),
            doc.Get(IndexSchema.Section) ?? "",
            text.Text,
            highlights,
            score,
            matching,
            explanation,
            text.Cut)
        {
            Date = doc.Get(IndexSchema.Date),
            Citation = IndexSchema.ReadCitation(doc),
        };
    }
}
