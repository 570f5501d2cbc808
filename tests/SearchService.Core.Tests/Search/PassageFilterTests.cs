using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Matching;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>Searches see the live passages only: never a report or source document, never a deleted passage, never a document an earlier pass took.</summary>
public class PassageFilterTests
{
    private static Report Report(string id) => new(id, "标题", null, "甲工会", "浙江省", [], null, null, "a.txt", []);

    private static Document Passage(string reportId, int i) =>
        IndexSchema.PassageDocument(Report(reportId), new Passage($"{reportId}-p{i}", reportId, i, "match", [], "甲工会", "浙江省", [], []));

    private static List<string> Ids(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 100).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexSchema.Id)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Only_live_passages_match_and_excepted_documents_are_left_out()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument(IndexSchema.ReportDocument(Report("r1")));
        for (var i = 0; i < 3; i++) writer.AddDocument(Passage("r1", i));
        writer.Commit(); // a second segment, so the bits are per segment
        writer.AddDocument(IndexSchema.ReportDocument(Report("r2")));
        for (var i = 0; i < 2; i++) writer.AddDocument(Passage("r2", i));
        writer.AddDocument(IndexSchema.SourceDocument(new SourceFingerprint("a.txt", "hash")));
        writer.DeleteDocuments(new Term(IndexSchema.Id, "r1-p1"));
        writer.Commit();

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var ordinals = new FacetOrdinalCache(IndexSchema.FacetDimensions).For(reader);
        Assert.Equal(["r1-p0", "r1-p2", "r2-p0", "r2-p1"], Ids(searcher, new PassageFilter(ordinals.Passages).Restrict(new MatchAllDocsQuery())));

        var taken = new LeafDocs(reader);
        var record = new DrillSidewaysCollector(ordinals, FacetSelection.None, new TotalHitCountCollector(), record: taken);
        searcher.Search(new PassageFilter(ordinals.Passages).Restrict(new TermQuery(new Term(IndexSchema.Id, "r2-p0"))), record);
        Assert.Equal(1, record.TotalHits);
        Assert.Equal(["r1-p0", "r1-p2", "r2-p1"], Ids(searcher, new PassageFilter(ordinals.Passages, taken).Restrict(new MatchAllDocsQuery())));
    }

    [Fact]
    public void Scores_are_the_query_s_own()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument(IndexSchema.ReportDocument(Report("r1")));
            for (var i = 0; i < 4; i++) writer.AddDocument(Passage("r1", i));
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term(IndexSchema.Text, "match"));
        var plain = searcher.Search(query, 10).ScoreDocs;
        var restricted = searcher.Search(new PassageFilter(new FacetOrdinalCache(IndexSchema.FacetDimensions).For(reader).Passages).Restrict(query), 10).ScoreDocs;
        Assert.Equal(plain.Select(d => (d.Doc, d.Score)), restricted.Select(d => (d.Doc, d.Score)));
    }
}
