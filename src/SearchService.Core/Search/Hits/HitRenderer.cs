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
/// when asked, the score's explanation. Searches and precedents render their hits here.
/// </summary>
public sealed class HitRenderer(AnalyzerSet analyzers)
{
    private readonly Highlighter highlighter = new(analyzers.Words);

    /// <summary>The stored fields a hit shows; the rest (occurrences JSON, source path) is not decompressed per hit.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(
        [IndexSchema.Id, IndexSchema.ReportId, IndexSchema.Title, IndexSchema.Organisation, IndexSchema.RegionPath, IndexSchema.Theme, IndexSchema.Section, IndexSchema.Text,
         IndexSchema.Date, IndexSchema.Citation]);

    /// <param name="terms">Analysed words to mark.</param>
    /// <param name="strings">Literal strings to mark (query runs, phrases, synonyms).</param>
    /// <param name="explain">Explain each hit's score against this query; null for no explanation.</param>
    /// <param name="beforeExplaining">Called before each explanation (which re-runs the query on that document): may throw to stop.</param>
    public IReadOnlyList<SearchHit> Render(IndexSearcher searcher, IReadOnlyList<RankedDoc> page, IReadOnlySet<string> terms, IReadOnlySet<string> strings,
        LuceneQuery? explain = null, Action? beforeExplaining = null)
    {
        var offsets = PostingsOffsets.Read(searcher.IndexReader, IndexSchema.Text, page.Select(h => h.Doc), terms);
        var explained = explain is null ? null : PassageQuery.Only(explain);
        return page.Select(hit =>
        {
            var doc = searcher.Doc(hit.Doc, HitFields);
            var text = doc.Get(IndexSchema.Text) ?? "";
            var highlights = offsets is not null
                ? highlighter.Fragments(text, offsets[hit.Doc], strings)
                : highlighter.Fragments(text, terms, strings);
            if (explained is not null) beforeExplaining?.Invoke();
            return ToHit(doc, float.IsNaN(hit.Score) ? 0 : hit.Score, highlights, hit.MatchingPassages,
                explained is null ? null : searcher.Explain(explained, hit.Doc).ToString());
        }).ToList();
    }

    private static SearchHit ToHit(Document doc, float score, IReadOnlyList<string> highlights, int? matching, string? explanation)
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
            doc.Get(IndexSchema.Text) ?? "",
            highlights,
            score,
            matching,
            explanation)
        {
            Date = doc.Get(IndexSchema.Date),
            Citation = IndexSchema.ReadCitation(doc),
        };
    }
}
