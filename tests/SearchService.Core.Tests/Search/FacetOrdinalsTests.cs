using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

public class FacetOrdinalsTests
{
    private static void Add(IndexWriter writer, int i, string organisation, string region, params string[] themes)
    {
        var passage = new Passage($"p-{i}", "r-1", i, "match", [], organisation, region, themes, []);
        var report = new Report("r-1", "t", null, organisation, region, themes, null, null, "a.txt", []);
        writer.AddDocument(IndexSchema.PassageDocument(report, passage));
    }

    private static FacetCounts Count(FacetOrdinalCache cache, IndexReader reader)
    {
        var collector = new DrillSidewaysCollector(cache.For(reader), FacetSelection.None, TopScoreDocCollector.Create(10, true));
        new IndexSearcher(reader).Search(new TermQuery(new Term(IndexSchema.Text, "match")), collector);
        return collector.Counts;
    }

    [Fact]
    public void A_reopened_reader_sees_new_values_and_keeps_the_old_counts()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        Add(writer, 1, "乙工会", "浙江省/嘉兴市", "权益维护");
        Add(writer, 2, "甲工会", "浙江省/杭州市", "权益维护", "技术创新");
        writer.Commit();
        var cache = new FacetOrdinalCache(IndexSchema.FacetDimensions);
        using var first = DirectoryReader.Open(directory);
        Assert.Equal(new Dictionary<string, int> { ["甲工会"] = 1, ["乙工会"] = 1 }, Count(cache, first).For(IndexSchema.Organisation));

        Add(writer, 3, "丙工会", "江苏省/苏州市", "技术创新");
        writer.Commit();
        using var second = DirectoryReader.OpenIfChanged(first)!;
        var counts = Count(cache, second);
        Assert.Equal(3, counts.For(IndexSchema.Organisation).Count);
        Assert.Equal(2, counts.Count(IndexSchema.Region, "浙江省"));
        Assert.Equal(1, counts.Count(IndexSchema.Region, "江苏省/苏州市"));
        Assert.Equal(2, counts.Count(IndexSchema.Theme, "技术创新"));
        Assert.Equal(0, counts.Count(IndexSchema.Theme, "没有这个主题"));
        Assert.Throws<InvalidOperationException>(() =>
            new IndexSearcher(second).Search(new MatchAllDocsQuery(), new DrillSidewaysCollector(cache.For(first), FacetSelection.None, TopScoreDocCollector.Create(1, true))));
    }

    [Fact]
    public void Top_orders_by_count_then_value_and_stops_at_the_limit()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            var i = 0;
            foreach (var (organisation, times) in new[] { ("丁", 1), ("丙", 3), ("乙", 2), ("甲", 3), ("戊", 2) })
                for (var n = 0; n < times; n++) Add(writer, i++, organisation, "浙江省");
        }
        using var reader = DirectoryReader.Open(directory);
        var counts = Count(new FacetOrdinalCache(IndexSchema.FacetDimensions), reader);
        Assert.Equal([("丙", 3), ("甲", 3), ("乙", 2)], counts.Top(IndexSchema.Organisation, 3));
        Assert.Equal(5, counts.Top(IndexSchema.Organisation, 100).Count);
        Assert.Equal([("甲", 3)], counts.Top(IndexSchema.Organisation, 5, ord => ord == reader.Leaves[0].AtomicReader.GetSortedSetDocValues(IndexSchema.Organisation).LookupTerm(new BytesRef("甲"))));
    }
}
