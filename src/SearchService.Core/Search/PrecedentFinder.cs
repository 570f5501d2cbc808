using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Hits;
using SearchService.Core.Search.Matching;

namespace SearchService.Core.Search;

/// <summary>
/// Similar passages from other organisations ("who else did this?"): MoreLikeThis over the SmartCn text, excluding
/// the passage's own organisation and report. Each precedent says which of the passage's key words it shares
/// (<see cref="SearchHit.SharedTerms"/>), the reason it was found. Like a search, it looks among the live passages
/// only (<see cref="PassageFilter"/>).
/// </summary>
public sealed class PrecedentFinder(IndexService index, AnalyzerSet analyzers, HitRenderer renderer, LimitsOptions limits, FacetOrdinalCache facetOrdinals)
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
        // MoreLikeThis adds its terms most telling first.
        var ordered = new List<string>();
        CollectTerms(like, ordered);
        var terms = new HashSet<string>(ordered, StringComparer.Ordinal);

        var query = new BooleanQuery { { like, Occur.MUST }, { new TermQuery(new Term(IndexSchema.ReportId, doc.Get(IndexSchema.ReportId))), Occur.MUST_NOT } };
        if (doc.Get(IndexSchema.Organisation) is { Length: > 0 } organisation)
            query.Add(new TermQuery(new Term(IndexSchema.Organisation, organisation)), Occur.MUST_NOT);

        var passages = new PassageFilter(facetOrdinals.For(searcher.IndexReader).Passages);
        var hits = searcher.Search(passages.Restrict(query), Math.Clamp(size, 1, limits.MaxSimilar)).ScoreDocs;
        var rendered = renderer.Render(searcher, hits.Select(hit => new RankedDoc(hit.Doc, hit.Score, MatchKind.Related)).ToList(), new HitMarks(terms, new HashSet<string>(), []));
        return rendered.Select(hit => hit with { SharedTerms = Shared(ordered, hit.Text) }).ToList();
    });

    /// <summary>The query's terms the precedent's text holds, in the query's order; at most <see cref="MaxSharedTerms"/>.</summary>
    private IReadOnlyList<string> Shared(IReadOnlyList<string> ordered, string text)
    {
        var words = analyzers.Words.Tokens(IndexSchema.Text, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return ordered.Where(words.Contains).Distinct().Take(MaxSharedTerms).ToList();
    }

    public const int MaxSharedTerms = 6;

    private static void CollectTerms(Lucene.Net.Search.Query query, List<string> terms)
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
