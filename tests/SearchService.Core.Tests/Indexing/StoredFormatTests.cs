using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using IndexOptions = SearchService.Core.Indexing.IndexOptions;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Indexing.Stored;
using SearchService.Core.Search;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Indexing;

/// <summary>
/// The stored JSON is a file format: these tests pin its names, and read what earlier versions wrote, so a rename in
/// the domain model cannot silently make existing indexes unreadable.
/// </summary>
public sealed class StoredFormatTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-stored-" + Guid.NewGuid().ToString("n"));

    private static readonly Occurrence FirstPlace = new("r-1", "汇编.txt", 12, ["一、建强阵地"], "示范区总工会建成职工书屋十家。");
    private static readonly Passage OnePassage = new("p-1", "r-1", 1, "示范区总工会建成职工书屋十家。", ["一、建强阵地"], "示范区总工会", "浙江省/杭州市", ["服务职工"], [FirstPlace])
    {
        ThemeEvidence = new Dictionary<string, IReadOnlyList<string>> { ["服务职工"] = ["书屋"] },
    };

    private static readonly Report OneReport = new("r-1", "建强阵地 服务职工", null, "示范区总工会", "浙江省/杭州市", ["服务职工"], "2024-05-01", null, "汇编.txt",
        [new Section(["一、建强阵地"], [OnePassage])]) { OrganisationSource = "byline", RegionSource = "gazetteer" };

    /// <summary>The same report as an index written before the attribution evidence existed holds it.</summary>
    private static readonly Report OneReportWithoutEvidence = OneReport with
    {
        OrganisationSource = "",
        RegionSource = "",
        Sections = [new Section(["一、建强阵地"], [OnePassage with { ThemeEvidence = null }])],
    };

    /// <summary>What the index held before the stored record existed: the domain record serialised with web defaults.</summary>
    private const string JsonWrittenBeforeSchemaVersions = """
        {"id":"r-1","title":"建强阵地 服务职工","subtitle":null,"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"date":"2024-05-01","sourceUrl":null,"sourcePath":"汇编.txt","sections":[{"headingPath":["一、建强阵地"],"passages":[{"id":"p-1","reportId":"r-1","ordinal":1,"text":"示范区总工会建成职工书屋十家。","sectionPath":["一、建强阵地"],"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"occurrences":[{"reportId":"r-1","sourcePath":"汇编.txt","line":12,"sectionPath":["一、建强阵地"],"text":"示范区总工会建成职工书屋十家。"}]}],"heading":"一、建强阵地"}],"passages":[{"id":"p-1","reportId":"r-1","ordinal":1,"text":"示范区总工会建成职工书屋十家。","sectionPath":["一、建强阵地"],"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"occurrences":[{"reportId":"r-1","sourcePath":"汇编.txt","line":12,"sectionPath":["一、建强阵地"],"text":"示范区总工会建成职工书屋十家。"}]}]}
        """;

    [Fact]
    public void The_stored_report_json_has_exactly_these_names()
    {
        const string expected = """
            {"schemaVersion":1,"id":"r-1","title":"建强阵地 服务职工","subtitle":null,"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"date":"2024-05-01","sourceUrl":null,"sourcePath":"汇编.txt","sections":[{"headingPath":["一、建强阵地"],"passages":[{"id":"p-1","reportId":"r-1","ordinal":1,"text":"示范区总工会建成职工书屋十家。","sectionPath":["一、建强阵地"],"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"occurrences":[{"reportId":"r-1","sourcePath":"汇编.txt","line":12,"sectionPath":["一、建强阵地"],"text":"示范区总工会建成职工书屋十家。"}],"themeEvidence":{"服务职工":["书屋"]},"actorEvidence":null}]}],"organisationSource":"byline","regionSource":"gazetteer"}
            """;
        Assert.Equal(expected, StoredFormat.Write(OneReport));
        Assert.Equal(
            """[{"reportId":"r-1","sourcePath":"汇编.txt","line":12,"sectionPath":["一、建强阵地"],"text":"示范区总工会建成职工书屋十家。"}]""",
            StoredFormat.Write(OnePassage.Occurrences));
    }

    /// <summary>A report with what ingestion added later: a stated date, credits, a collection, twin keys and line ranges.</summary>
    private static readonly Report FullReport = OneReport with
    {
        DatePrecision = "day",
        DateText = "2024年5月1日",
        Credits = ["责编：王明"],
        Collection = "基层动态",
        Sections = [new Section(["一、建强阵地"], [OnePassage with
        {
            TwinKey = "t-0123456789abcdef",
            Occurrences = [FirstPlace with { Page = 2, Ranges = [new LineRange(12, 13, 2, 2), new LineRange(40, 40, 3, 3)] }],
        }])],
    };

    [Fact]
    public void The_later_members_have_these_names_and_read_back()
    {
        var json = StoredFormat.Write(FullReport);
        Assert.Contains("\"datePrecision\":\"day\",\"dateText\":\"2024年5月1日\",\"credits\":[\"责编：王明\"],\"collection\":\"基层动态\"", json);
        Assert.Contains("\"twinKey\":\"t-0123456789abcdef\"", json);
        Assert.Contains("\"page\":2,\"ranges\":[{\"first\":12,\"last\":13,\"firstPage\":2,\"lastPage\":2},{\"first\":40,\"last\":40,\"firstPage\":3,\"lastPage\":3}]", json);
        AssertSame(FullReport, StoredFormat.ReadReport(json));
    }

    [Fact]
    public void The_stored_citation_has_these_names_and_reads_back()
    {
        var parts = SearchService.Core.Search.Citations.CitationParts.Of(FullReport, FullReport.Passages.First());
        var json = StoredFormat.Write(StoredCitation.From(parts));
        Assert.Equal("""{"author":"示范区总工会","title":"建强阵地 服务职工","type":"G","compilation":"基层动态","date":"2024-05-01","source":"汇编.txt","lines":[{"first":12,"last":13,"firstPage":2,"lastPage":2},{"first":40,"last":40,"firstPage":3,"lastPage":3}]}""", json);
        var read = StoredFormat.ReadCitation(json)!.ToParts();
        Assert.Equal(SearchService.Core.Search.Citations.CitationFormatter.Format(parts), SearchService.Core.Search.Citations.CitationFormatter.Format(read));
        Assert.Equal(parts.Lines, read.Lines);
        Assert.Equal("第 2–3 页", read.Location);
        Assert.Null(StoredFormat.ReadCitation("not json"));
    }

    [Fact]
    public void A_report_reads_back_as_it_was_written() => AssertSame(OneReport, StoredFormat.ReadReport(StoredFormat.Write(OneReport)));

    [Fact]
    public void A_report_written_before_schema_versions_reads_as_version_one() =>
        AssertSame(OneReportWithoutEvidence, StoredFormat.ReadReport(JsonWrittenBeforeSchemaVersions));

    /// <summary>The same, once passages carried their theme evidence and reports where their metadata came from.</summary>
    private const string JsonWithEvidenceBeforeSchemaVersions = """
        {"id":"r-1","title":"建强阵地 服务职工","subtitle":null,"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"date":"2024-05-01","sourceUrl":null,"sourcePath":"汇编.txt","sections":[{"headingPath":["一、建强阵地"],"passages":[{"id":"p-1","reportId":"r-1","ordinal":1,"text":"示范区总工会建成职工书屋十家。","sectionPath":["一、建强阵地"],"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"occurrences":[{"reportId":"r-1","sourcePath":"汇编.txt","line":12,"sectionPath":["一、建强阵地"],"text":"示范区总工会建成职工书屋十家。"}],"themeEvidence":{"服务职工":["书屋"]},"actorEvidence":null}],"heading":"一、建强阵地"}],"passages":[{"id":"p-1","reportId":"r-1","ordinal":1,"text":"示范区总工会建成职工书屋十家。","sectionPath":["一、建强阵地"],"organisation":"示范区总工会","region":"浙江省/杭州市","themes":["服务职工"],"occurrences":[{"reportId":"r-1","sourcePath":"汇编.txt","line":12,"sectionPath":["一、建强阵地"],"text":"示范区总工会建成职工书屋十家。"}],"themeEvidence":{"服务职工":["书屋"]},"actorEvidence":null}],"organisationSource":"byline","regionSource":"gazetteer"}
        """;

    [Fact]
    public void A_report_with_evidence_written_before_schema_versions_keeps_it() =>
        AssertSame(OneReport, StoredFormat.ReadReport(JsonWithEvidenceBeforeSchemaVersions));

    [Fact]
    public void A_report_from_a_newer_version_is_refused_with_a_message()
    {
        var newer = StoredFormat.Write(OneReport).Replace("\"schemaVersion\":1", "\"schemaVersion\":99");
        var error = Assert.Throws<InvalidDataException>(() => StoredFormat.ReadReport(newer));
        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public void An_index_written_in_the_earlier_shape_serves_its_report_and_passage()
    {
        using (var directory = FSDirectory.Open(folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.AddDocument(new Document
            {
                new StringField(IndexSchema.Kind, IndexSchema.ReportKind, Field.Store.YES),
                new StringField(IndexSchema.Id, "r-1", Field.Store.YES),
                new StringField(IndexSchema.ReportId, "r-1", Field.Store.YES),
                new StoredField(IndexSchema.ReportJson, JsonWrittenBeforeSchemaVersions),
            });
            var occurrences = JsonDocument.Parse(JsonWrittenBeforeSchemaVersions).RootElement.GetProperty("passages")[0].GetProperty("occurrences").GetRawText();
            writer.AddDocument(new Document
            {
                new StringField(IndexSchema.Kind, IndexSchema.PassageKind, Field.Store.YES),
                new StringField(IndexSchema.Id, "p-1", Field.Store.YES),
                new StringField(IndexSchema.ReportId, "r-1", Field.Store.YES),
                new StoredField(IndexSchema.Text, OnePassage.Text),
                new StoredField(IndexSchema.Occurrences, occurrences),
            });
        }
        using var analyzers = AnalyzerSet.Create(new AnalysisOptions());
        using var index = new IndexService(new IndexOptions { Path = folder }, analyzers);
        var catalog = new ReportCatalog(index);
        AssertSame(OneReportWithoutEvidence, catalog.GetReport("r-1")!);
        var passage = catalog.GetPassage("p-1")!;
        Assert.Equal(FirstPlace.Line, Assert.Single(passage.Occurrences).Line);
        Assert.Equal(FirstPlace.SectionPath, passage.Occurrences[0].SectionPath);
    }

    /// <summary>
    /// The citation reader of the page (<see cref="StoredCitationReader"/>, declining what it was not written for) gives
    /// what the serializer gives: for the citations this version writes (every optional member present or absent, pages,
    /// escapes, characters beyond the basic plane, long texts) and for JSON it never writes (members unknown, repeated,
    /// reordered, of another type, null where a value is required, numbers too large or fractional, malformed).
    /// </summary>
    [Fact]
    public void The_citation_reader_reads_what_the_serializer_reads()
    {
        var written = new List<StoredCitation>
        {
            new(null, "", "R", null, null, null, "", false, null, null),
            new("平湖市总工会", "坚持试点先行 注重系统发力", "G", "长三角地区产业工人队伍建设改革经验交流集萃", "长三角三省一市总工会", "2023-06", "000_84dcf32169c3dcc4.txt", false, null,
                [new StoredLineRange(21, 21, null, null), new StoredLineRange(57, 59, null, null)]),
            new("某工会", "带\"引号\"与\\斜杠\n换行\t", "EB/OL", null, null, "2024", "api/r-0123456789", true, "https://example.org/a?b=1&c=<2>", []),
            new("𠀀𪚥工会", "標題 ㊣ \u0001", "R", null, "出版", null, "报告.pdf", false, null, [new StoredLineRange(0, 0, 3, 5), new StoredLineRange(-1, int.MaxValue, int.MinValue, null)]),
            new(new string('工', 3000), new string('会', 5000), "G", "汇编", null, null, "长.txt", false, null, [new StoredLineRange(1, 2, null, 7)]),
        };
        var inputs = written.Select(StoredFormat.Write).ToList();
        inputs.AddRange(
        [
            """{"title":"t","type":"R","source":"s","extra":1}""",
            """{"title":"t","title":"u","type":"R","source":"s"}""",
            """{"source":"s","type":"R","title":"t","posted":true,"lines":[{"last":3,"first":1}]}""",
            """{"title":null,"type":null,"source":null,"author":null,"lines":null}""",
            """{"title":"t","type":"R","source":"s","posted":null}""",
            """{"title":"t","type":"R","source":"s","posted":"true"}""",
            """{"title":1,"type":"R","source":"s"}""",
            """{"title":"t","type":"R","source":"s","lines":[{"first":null,"last":1}]}""",
            """{"title":"t","type":"R","source":"s","lines":[{"first":1.5,"last":1}]}""",
            """{"title":"t","type":"R","source":"s","lines":[{"first":4294967296,"last":1}]}""",
            """{"title":"t","type":"R","source":"s","lines":[{"first":1,"last":2,"page":3}]}""",
            """{"title":"t","type":"R","source":"s","lines":[{"first":1,"first":2}]}""",
            """{"title":"t","type":"R","source":"s","lines":[null]}""",
            """{"title":"t","type":"R","source":"s","lines":{}}""",
            """{"Title":"t","type":"R","source":"s"}""",
            """{"title":"t","type":"R","source":"s"} """,
            """{"title":"t","type":"R","source":"s"}{}""",
            """{"title":"t","type":"R","source":"s",}""",
            """{"title":"t" /* c */,"type":"R","source":"s"}""",
            """{"title":"t","type":"R","source":"s""",
            """[]""", """null""", """ """, "", """{}""", """{"title":"\ud800","type":"R","source":"s"}""",
        ]);
        foreach (var json in inputs)
        {
            var expected = StoredFormat.ReadCitationBySerializer(json);
            var actual = StoredFormat.ReadCitation(json);
            Assert.True(expected is null ? actual is null : actual is not null && StoredFormat.Write(expected) == StoredFormat.Write(actual), json);
        }
        // The citations written are read by the reader itself, not handed to the serializer.
        foreach (var json in inputs.Take(written.Count)) Assert.True(StoredCitationReader.TryRead(json, out _), json);

        // From a hit record's UTF-8: what the string those bytes decode to gives, valid UTF-8 or not.
        var utf8 = inputs.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        utf8.Add([.. "{\"title\":\"t"u8, 0xFF, .. "\",\"type\":\"R\",\"source\":\"s\"}"u8]);
        utf8.Add([.. "{\"title\":\"t"u8, 0xE5, 0xB7, .. "\",\"type\":\"R\",\"source\":\"s\"}"u8]);
        utf8.Add([.. "{\"title\":\"t\",\"type\":\"R\",\"source\":\"s\""u8, 0xC0, 0x80, .. "}"u8]);
        foreach (var bytes in utf8)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var expected = StoredFormat.ReadCitation(text);
            var actual = StoredFormat.ReadCitation(bytes.AsSpan());
            Assert.True(expected is null ? actual is null : actual is not null && StoredFormat.Write(expected) == StoredFormat.Write(actual), text);
        }
    }

    /// <summary>Records holding lists compare by reference; compare what they hold.</summary>
    private static void AssertSame(Report expected, Report actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
