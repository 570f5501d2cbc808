using System.Text.Json;
using Lucene.Net.Index;
using IndexOptions = SearchService.Core.Indexing.IndexOptions;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Indexing;

/// <summary>A hit read from its record is the hit read from the stored fields, and an index without records still renders.</summary>
public sealed class HitRecordTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string withRecords = Path.Combine(Path.GetTempPath(), "searchsvc-hits-" + Guid.NewGuid().ToString("n"));
    private readonly string withoutRecords = Path.Combine(Path.GetTempPath(), "searchsvc-hits-old-" + Guid.NewGuid().ToString("n"));

    private static readonly string[] Queries = ["劳模", "职工 培训", "驿站", "技能竞赛", "嘉兴", "工会 服务 职工", "没有这个词"];

    private static IReadOnlyList<Report> Reports()
    {
        var pipeline = new IngestionPipeline();
        return
        [
            .. pipeline.IngestText("api/a.txt",
                "职工驿站建设情况\n一、基本情况\n桐乡市总工会在城区建成户外劳动者驿站十二座，提供饮水、充电和休息服务。\n二、劳模工匠\n劳模工作室带领职工开展技能竞赛，培训青年职工三百人次。",
                new ReportMetadata(Title: "职工驿站建设情况", Organisation: "桐乡市总工会", Region: "浙江省/嘉兴市/桐乡市", Themes: ["劳模工匠", "职工服务"], Date: "2023-05"),
                documentId: "a").Reports,
            .. pipeline.IngestText("api/b.txt",
                "技能培训总结\n全年组织职工培训十二期，参加技能竞赛的职工达到八百人。工会服务职工的做法得到肯定。",
                new ReportMetadata(Title: "技能培训总结", Organisation: "镇江市总工会"), documentId: "b").Reports,
            .. pipeline.IngestText("api/c.txt",
                "没有标题的材料\n劳模宣讲进企业，职工驿站开放夜间服务。",
                new ReportMetadata(Title: "没有标题的材料", Themes: ["职工服务"]), documentId: "c").Reports,
        ];
    }

    [Fact]
    public void A_record_gives_every_field_a_hit_shows_as_the_stored_fields_give_it()
    {
        using var service = new IndexService(new IndexOptions { Path = withRecords }, Analyzers.Value);
        service.Upsert(Reports());
        Assert.False(service.NeedsSchemaUpgrade());
        var compared = service.Search(searcher =>
        {
            Assert.True(IndexSchema.HasHitRecords(searcher.IndexReader));
            var passages = searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.PassageKind)), 100).ScoreDocs;
            foreach (var hit in passages)
            {
                var stored = searcher.Doc(hit.Doc, HitRecord.FieldSet);
                var recorded = HitRecord.Of(searcher, hit.Doc, new BytesRef());
                foreach (var name in HitRecord.Fields)
                {
                    Assert.Equal(stored.Get(name), recorded.Get(name));
                    Assert.Equal(stored.GetValues(name), recorded.GetValues(name));
                }
                // What the page reads of the record, without a document, is what it would read of the stored fields.
                var shown = HitRecord.Shown(searcher, hit.Doc, new BytesRef());
                var fromStored = HitFields.From(stored);
                Assert.Equal(fromStored with { Themes = [], Citation = null }, shown with { Themes = [], Citation = null });
                Assert.Equal(fromStored.Themes, shown.Themes);
                Assert.Equal(JsonSerializer.Serialize(fromStored.Citation), JsonSerializer.Serialize(shown.Citation));
                Assert.NotNull(shown.Citation);
            }
            return passages.Length;
        });
        Assert.True(compared >= 4);
    }

    [Fact]
    public void Pages_from_records_equal_pages_from_stored_fields_and_an_upgrade_adds_the_records()
    {
        var reports = Reports();
        using (var service = new IndexService(new IndexOptions { Path = withRecords }, Analyzers.Value)) service.Upsert(reports);
        using (var directory = Lucene.Net.Store.FSDirectory.Open(withoutRecords))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
            foreach (var report in reports)
            {
                writer.AddDocument(IndexSchema.ReportDocument(report));
                foreach (var passage in report.Passages)
                {
                    var unrecorded = IndexSchema.PassageDocument(report, passage);
                    unrecorded.RemoveFields(IndexSchema.Hit);
                    writer.AddDocument(unrecorded);
                }
            }

        using var recorded = new IndexService(new IndexOptions { Path = withRecords }, Analyzers.Value);
        using var old = new IndexService(new IndexOptions { Path = withoutRecords }, Analyzers.Value);
        Assert.True(old.NeedsSchemaUpgrade());
        Assert.False(old.Search(searcher => IndexSchema.HasHitRecords(searcher.IndexReader)));
        var expected = Pages(recorded);
        Assert.Contains("桐乡市总工会", expected);
        Assert.Equal(expected, Pages(old));

        old.RewriteStoredReports();
        Assert.False(old.NeedsSchemaUpgrade());
        Assert.Equal(expected, Pages(old));
    }

    /// <summary>
    /// Segments merge: an index written with records in several commits, merged into one segment, keeps every passage's
    /// record (and its pages); a segment merged from passages written before the records and passages written after has
    /// the records' field but not every record, so the index still asks for the upgrade, and the upgrade writes them.
    /// </summary>
    [Fact]
    public void Merged_segments_keep_their_records_and_a_segment_merged_with_unrecorded_passages_asks_for_the_upgrade()
    {
        var reports = Reports();
        string expected;
        using (var service = new IndexService(new IndexOptions { Path = withRecords }, Analyzers.Value))
        {
            foreach (var report in reports) service.Upsert([report]);
            Assert.True(service.Search(searcher => searcher.IndexReader.Leaves.Count) > 1);
            expected = Pages(service);
        }
        ForceMerge(withRecords);
        using (var merged = new IndexService(new IndexOptions { Path = withRecords }, Analyzers.Value))
        {
            Assert.Equal(1, merged.Search(searcher => searcher.IndexReader.Leaves.Count));
            Assert.False(merged.NeedsSchemaUpgrade());
            Assert.Equal(reports.Sum(r => r.Passages.Count()), merged.Search(RecordedPassages));
            Assert.Equal(expected, Pages(merged));
        }

        // The first two reports as an index written before the records held them, the third as this version writes it.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(withoutRecords))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
        {
            for (var i = 0; i < reports.Count; i++)
            {
                writer.AddDocument(IndexSchema.ReportDocument(reports[i]));
                foreach (var passage in reports[i].Passages)
                {
                    var document = IndexSchema.PassageDocument(reports[i], passage);
                    if (i < 2) document.RemoveFields(IndexSchema.Hit);
                    writer.AddDocument(document);
                }
                writer.Commit();
            }
        }
        ForceMerge(withoutRecords);
        using var mixed = new IndexService(new IndexOptions { Path = withoutRecords }, Analyzers.Value);
        Assert.True(mixed.Search(searcher =>
            searcher.IndexReader.Leaves.Count == 1 && searcher.IndexReader.Leaves[0].AtomicReader.FieldInfos.FieldInfo(IndexSchema.Hit) is not null));
        Assert.True(mixed.NeedsSchemaUpgrade());
        Assert.Equal(reports[2].Passages.Count(), mixed.Search(RecordedPassages));
        Assert.Equal(expected, Pages(mixed));
        mixed.RewriteStoredReports();
        Assert.False(mixed.NeedsSchemaUpgrade());
        Assert.Equal(reports.Sum(r => r.Passages.Count()), mixed.Search(RecordedPassages));
        Assert.Equal(expected, Pages(mixed));
    }

    private static void ForceMerge(string folder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Value.PerField));
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>How many live passages have a record of their own (not read from their stored fields).</summary>
    private static int RecordedPassages(IndexSearcher searcher)
    {
        var recorded = 0;
        var record = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var records = leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Hit);
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.PassageKind));
            if (records is null || docs is null) continue;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (leaf.AtomicReader.LiveDocs is { } live && !live.Get(doc)) continue;
                records.Get(doc, record);
                if (record.Length > 0) recorded++;
            }
        }
        return recorded;
    }

    /// <summary>Every query's hits (explained, with a request per kind of page) as JSON, scores and timing aside.</summary>
    private static string Pages(IndexService index)
    {
        var engine = SearchEngine.Create(index, Analyzers.Value, Synonyms.Empty, new SearchOptions { CacheEntries = 0 });
        var pages = Queries.SelectMany(q => new[] { new SearchRequest(q), new SearchRequest(q, Operator: MatchOperator.Or) })
            .Select(request => engine.Search(request).Hits.Select(hit => hit with { Score = 0, Explanation = null }));
        return JsonSerializer.Serialize(pages, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Dispose()
    {
        foreach (var folder in new[] { withRecords, withoutRecords })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
