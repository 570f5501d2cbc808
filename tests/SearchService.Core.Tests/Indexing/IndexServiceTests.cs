using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Indexing;

public sealed class IndexServiceTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-index-" + Guid.NewGuid().ToString("n"));

    private static Report OneReport(string id, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], "测试区总工会", "浙江省/杭州市", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        return new Report(id, "标题" + id, null, "测试区总工会", "浙江省/杭州市", [], null, null, "a.txt", [new Section([], [passage])]);
    }

    [Fact]
    public void A_word_only_in_the_report_title_finds_the_passages_and_never_the_report_or_source_documents()
    {
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.ReplaceSources([OneReport("r-1", "职工技能培训"), OneReport("r-2", "劳模工匠创新")], [new SourceFingerprint("a.txt", "hash")], []);
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());
        var response = engine.Search(new SearchRequest("标题r-2"));
        var hit = Assert.Single(response.Hits);
        Assert.Equal("p-r-2", hit.Id);
        Assert.Equal(0, response.Total); // a word of its report's title only: a title match
        Assert.Equal(1, response.TitleMatches);
        Assert.Equal(2, engine.Search(new SearchRequest(null)).Total);
    }

    [Fact]
    public void An_index_written_before_credits_were_indexed_asks_for_an_upgrade_and_the_upgrade_makes_its_credits_searchable()
    {
        var report = OneReport("r-1", "职工技能培训") with { Credits = ["记者 韩小梅"] };
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
        {
            // Every field of today but the credits, and no fields version in the commit: what the version before wrote.
            writer.AddDocument(IndexSchema.ReportDocument(report));
            var passage = IndexSchema.PassageDocument(report, report.Sections[0].Passages[0]);
            passage.RemoveFields(IndexSchema.Credits);
            passage.RemoveFields(IndexSchema.CreditBigrams);
            writer.AddDocument(passage);
        }
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());
        Assert.True(service.NeedsSchemaUpgrade());
        Assert.Empty(engine.Search(new SearchRequest("韩小梅")).Hits);

        service.RewriteStoredReports();
        Assert.False(service.NeedsSchemaUpgrade());
        Assert.Equal(IndexService.CurrentFieldsVersion, service.WrittenFieldsVersion);
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("韩小梅")).Hits).Id);

        service.ReplaceSources([OneReport("r-2", "劳模工匠创新")], [new SourceFingerprint("b.txt", "hash")], []);
        Assert.False(service.NeedsSchemaUpgrade()); // a later write keeps the version: what it leaves was written by this one
    }

    [Fact]
    public void A_new_index_needs_no_upgrade()
    {
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.ReplaceSources([OneReport("r-1", "职工技能培训")], [new SourceFingerprint("a.txt", "hash")], []);
        Assert.False(service.NeedsSchemaUpgrade());
        Assert.Equal(IndexService.CurrentFieldsVersion, service.WrittenFieldsVersion);
    }

    [Fact]
    public void Reports_of_an_index_written_before_the_listing_fields_are_listed_and_an_upgrade_adds_the_fields()
    {
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
            foreach (var report in new[] { OneReport("r-2", "职工技能培训"), OneReport("r-1", "劳模工匠创新") })
            {
                var old = IndexSchema.ReportDocument(report);
                foreach (var field in new[] { IndexSchema.ReportListSort, IndexSchema.PassageCount, IndexSchema.SectionCount }) old.RemoveFields(field);
                writer.AddDocument(old);
                writer.AddDocument(IndexSchema.PassageDocument(report, report.Sections[0].Passages[0]));
            }
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        var catalog = new ReportCatalog(service);
        Assert.True(service.NeedsSchemaUpgrade());
        var (before, total) = catalog.List(1, 10);
        Assert.Equal(2, total);
        Assert.Equal(["r-1", "r-2"], before.Select(r => r.Id));

        service.RewriteStoredReports();
        Assert.False(service.NeedsSchemaUpgrade());
        var (after, _) = catalog.List(1, 10);
        Assert.Equal(before, after, (a, b) => a.Id == b.Id && a.Passages == b.Passages && a.Sections == b.Sections && a.Title == b.Title
            && a.Organisation == b.Organisation && a.Region == b.Region && a.SourcePath == b.SourcePath && a.Themes.SequenceEqual(b.Themes));
        Assert.Equal(["r-2"], catalog.List(2, 1).Page.Select(r => r.Id));
    }

    [Fact]
    public void An_index_written_before_the_body_field_is_still_searched_field_by_field()
    {
        var report = OneReport("r-1", "职工技能培训");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
        {
            var old = IndexSchema.PassageDocument(report, report.Sections[0].Passages[0]);
            old.RemoveFields(IndexSchema.Body);
            writer.AddDocument(old);
            writer.AddDocument(IndexSchema.ReportDocument(report));
            writer.AddDocument(IndexSchema.SourceDocument(new SourceFingerprint("a.txt", "old-hash")));
        }
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());
        // A word of the text and one of the title: found only if both fields are searched.
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("技能 标题r-1", Operator: MatchOperator.And)).Hits).Id);

        service.Upsert([OneReport("r-2", "劳模工匠创新")]); // a new segment with the field beside the old one without it
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("技能 标题r-1", Operator: MatchOperator.And)).Hits).Id);
        Assert.Equal("p-r-2", Assert.Single(engine.Search(new SearchRequest("劳模 标题r-2", Operator: MatchOperator.And)).Hits).Id);

        Assert.True(service.NeedsSchemaUpgrade());
        Assert.Equal(2, service.RewriteStoredReports());
        Assert.False(service.NeedsSchemaUpgrade());
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("技能 标题r-1", Operator: MatchOperator.And)).Hits).Id);
        Assert.Equal(2, engine.Search(new SearchRequest(null)).Total);
        Assert.Equal([new SourceFingerprint("a.txt", "old-hash")], service.Sources());
    }

    [Fact]
    public void A_segment_merged_from_passages_written_before_the_body_field_and_after_is_still_searched_field_by_field()
    {
        var (older, newer) = (OneReport("r-1", "职工技能培训"), OneReport("r-2", "劳模工匠创新"));
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, Analyzers.Value.PerField)))
        {
            var old = IndexSchema.PassageDocument(older, older.Sections[0].Passages[0]);
            old.RemoveFields(IndexSchema.Body);
            writer.AddDocument(old);
            writer.AddDocument(IndexSchema.ReportDocument(older));
            writer.Commit();
            writer.AddDocument(IndexSchema.PassageDocument(newer, newer.Sections[0].Passages[0]));
            writer.AddDocument(IndexSchema.ReportDocument(newer));
            writer.ForceMerge(1);
        }
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        Assert.Equal(1, service.Search(searcher => searcher.IndexReader.Leaves.Count));
        // The merged segment has the field, but not on the older passage: searching the body alone would miss it.
        Assert.False(service.Search(searcher => IndexSchema.HasBody(searcher.IndexReader)));
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("技能")).Hits).Id);
        Assert.Equal("p-r-2", Assert.Single(engine.Search(new SearchRequest("劳模")).Hits).Id);
        Assert.True(service.NeedsSchemaUpgrade());

        service.RewriteStoredReports();
        Assert.True(service.Search(searcher => IndexSchema.HasBody(searcher.IndexReader)));
        Assert.False(service.NeedsSchemaUpgrade());
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("技能")).Hits).Id);
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_gets_one_clear_message()
    {
        using var first = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        var error = Assert.Throws<IndexUnavailableException>(() => new IndexService(new IndexOptions { Path = folder }, Analyzers.Value));
        Assert.Contains("locked", error.Message);
    }

    [Fact]
    public void A_corrupt_index_names_the_recovery_command()
    {
        using (var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value)) service.Upsert([OneReport("r-1", "职工技能培训")]);
        foreach (var file in Directory.EnumerateFiles(folder, "segments_*")) File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        var error = Assert.Throws<IndexUnavailableException>(() => new IndexService(new IndexOptions { Path = folder }, Analyzers.Value));
        Assert.Contains("--rebuild", error.Message);
    }

    [Fact]
    public void Upserts_are_visible_at_once_and_survive_reopening()
    {
        using (var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value))
        {
            service.Upsert([OneReport("r-1", "职工技能培训"), OneReport("r-2", "劳模工匠创新")]);
            Assert.Equal((2, 2), (service.Stats().Reports, service.Stats().Passages));
            Assert.True(service.Delete("r-1"));
            Assert.False(service.Delete("r-1"));
        }
        using var reopened = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        Assert.Equal((1, 1), (reopened.Stats().Reports, reopened.Stats().Passages));
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
