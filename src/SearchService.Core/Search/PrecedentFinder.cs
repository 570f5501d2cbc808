using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Hits;
using SearchService.Core.Search.Matching;

namespace SearchService.Core.Search;

/// <summary>
/// Similar passages from other organisations ("who else did this?"): MoreLikeThis over the SmartCn text, excluding
/// the passage's own organisation and report.
/// </summary>
public sealed class PrecedentFinder(IndexService index, AnalyzerSet analyzers, HitRenderer renderer, LimitsOptions limits)
{
    /// <returns>Null when the passage id is unknown.</returns>
    public IReadOnlyList<SearchHit>? Similar(string passageId, int size) => index.Search(searcher =>
    {
        var docId = ReportCatalog.Find(searcher, IndexSchema.PassageKind, passageId);
        if (docId is null) return null;
        var doc = searcher.Doc(docId.Value);

        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzers.Words,
            FieldNames = [IndexSchema.Text],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = 25,
            // Words in more than one passage in twenty say little about what a passage is about, and their long
            // postings were most of the cost (51 ms per call at 211k passages); small corpora keep them all.
            MaxDocFreq = Math.Max(50, searcher.IndexReader.MaxDoc / 20),
        };
        using var text = new StringReader(doc.Get(IndexSchema.Text) ?? "");
        var like = mlt.Like(text, IndexSchema.Text);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        CollectTerms(like, terms);

        var query = PassageQuery.Only(like);
        query.Add(new TermQuery(new Term(IndexSchema.ReportId, doc.Get(IndexSchema.ReportId))), Occur.MUST_NOT);
        if (doc.Get(IndexSchema.Organisation) is { Length: > 0 } organisation)
            query.Add(new TermQuery(new Term(IndexSchema.Organisation, organisation)), Occur.MUST_NOT);

        var hits = searcher.Search(query, Math.Clamp(size, 1, limits.MaxSimilar)).ScoreDocs;
        return renderer.Render(searcher, hits.Select(hit => new RankedDoc(hit.Doc, hit.Score)).ToList(), terms, new HashSet<string>());
    });

    private static void CollectTerms(Lucene.Net.Search.Query query, HashSet<string> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term.Text);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) CollectTerms(clause.Query, terms);
                break;
        }
    }
}
