using SearchService.Ingestion.Dedup;

namespace SearchService.Ingestion.Tests;

/// <summary>Ids that last, repeats collapsed within a document only, and twins linked across documents.</summary>
public class IdentityTests
{
    private const string Station = "句容市总工会在城区建成户外劳动者驿站二十座，提供饮水、充电和休息服务，全年服务快递员和环卫工人三万余人次。";

    private static string Folder(params (string Name, string Text, string? Meta)[] files)
    {
        var folder = Fixtures.TempFolder();
        foreach (var (name, text, meta) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
            if (meta is not null) File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(name, ".meta.json")), meta);
        }
        return folder;
    }

    [Fact]
    public void The_same_files_indexed_twice_give_the_same_ids()
    {
        var folder = Folder(("a.txt", $"驿站建设\n{Station}\n驿站由街道工会负责日常管理。", null), ("b.txt", "职工书屋\n桐乡市总工会新建职工书屋八家。", null));
        try
        {
            var first = Fixtures.Pipeline.IngestPath(folder);
            var second = new IngestionPipeline().IngestPath(folder);
            Assert.Equal(first.Reports.Select(r => r.Id), second.Reports.Select(r => r.Id));
            Assert.Equal(first.Reports.SelectMany(r => r.Passages).Select(p => p.Id), second.Reports.SelectMany(r => r.Passages).Select(p => p.Id));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Correcting_the_organisation_or_title_changes_no_id()
    {
        const string text = "驿站建设\n" + Station;
        var extracted = Fixtures.Pipeline.IngestText("reports/a.txt", text);
        var corrected = Fixtures.Pipeline.IngestText("reports/a.txt", text, new ReportMetadata(Title: "另一个标题", Organisation: "镇江市总工会"));
        Assert.Equal("句容市总工会", extracted.Reports.Single().Organisation);
        Assert.Equal("镇江市总工会", corrected.Reports.Single().Organisation);
        Assert.Equal(extracted.Reports.Single().Id, corrected.Reports.Single().Id);
        Assert.Equal(extracted.Reports.Single().Passages.Single().Id, corrected.Reports.Single().Passages.Single().Id);
    }

    [Fact]
    public void A_passage_keeps_its_id_while_its_text_is_unchanged()
    {
        var before = Fixtures.Pipeline.IngestText("a.txt", $"驿站建设\n{Station}\n驿站由街道工会负责日常管理。");
        var after = Fixtures.Pipeline.IngestText("a.txt", $"驿站建设\n桐乡市总工会也派人前来交流。\n{Station}\n驿站由社区工会负责日常管理。");
        Assert.Equal(before.Reports.Single().Passages.First().Id, after.Reports.Single().Passages.Single(p => p.Text == Station).Id);
        Assert.NotEqual(before.Reports.Single().Passages.Last().Id, after.Reports.Single().Passages.Last().Id);
    }

    [Fact]
    public void A_report_given_an_id_is_found_under_it_and_its_further_items_under_numbered_ids()
    {
        var one = Fixtures.Pipeline.IngestText("api/upload.txt", "驿站建设\n" + Station, documentId: "client-42");
        Assert.Equal("client-42", one.Reports.Single().Id);
        Assert.All(one.Reports.Single().Passages, p => Assert.Equal("client-42", p.ReportId));

        var page = Fixtures.Pipeline.IngestText("api/page.txt", "△桐乡市总工会举办职工书画展，展出作品一百二十幅。\n△句容市总工会开展困难职工走访慰问。\n△绩溪县总工会组织劳模疗休养。", documentId: "page-7");
        Assert.Equal(["page-7", "page-7-2", "page-7-3"], page.Reports.Select(r => r.Id));
    }

    [Fact]
    public void Api_documents_get_an_id_from_their_content_and_given_metadata()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Station);
        Assert.Equal(IngestionPipeline.DocumentId(bytes, new ReportMetadata(Organisation: "句容市总工会")), IngestionPipeline.DocumentId(bytes, new ReportMetadata(Organisation: "句容市总工会")));
        Assert.NotEqual(IngestionPipeline.DocumentId(bytes, new ReportMetadata(Organisation: "句容市总工会")), IngestionPipeline.DocumentId(bytes, new ReportMetadata(Organisation: "镇江市总工会")));
    }

    [Fact]
    public void The_same_paragraph_in_two_documents_stays_with_each_report_linked_as_twins()
    {
        var folder = Folder(
            ("a.txt", "驿站建设\n" + Station, """{ "title": "句容驿站", "organisation": "句容市总工会" }"""),
            ("b.txt", "驿站经验转载\n" + Station, """{ "title": "镇江转载", "organisation": "镇江市总工会" }"""));
        try
        {
            var result = Fixtures.Pipeline.IngestPath(folder);
            Assert.Equal(2, result.Reports.Count);
            var passages = result.Reports.Select(r => r.Passages.Single()).ToList();
            Assert.Equal(["句容市总工会", "镇江市总工会"], passages.Select(p => p.Organisation));
            Assert.NotEqual(passages[0].Id, passages[1].Id);
            Assert.Equal(passages[0].TwinKey, passages[1].TwinKey);
            Assert.All(passages, p => Assert.Single(p.Occurrences));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Twenty_one_report_files_with_near_duplicate_paragraphs_give_twenty_reports()
    {
        var files = Enumerable.Range(1, 20)
            .Select(i => ($"r{i:D2}.txt", $"驿站建设第{i}期\n{Station[..^1]}，第{i}批站点已经投入使用。\n二、下一步打算\n继续扩大驿站覆盖面，重点向工业园区延伸。",
                (string?)$$"""{ "title": "驿站建设第{{i}}期", "organisation": "单位{{i}}工会" }"""))
            .ToArray();
        var folder = Folder(files);
        try
        {
            var result = Fixtures.Pipeline.IngestPath(folder);
            Assert.Equal(20, result.Reports.Count);
            Assert.All(result.Reports, r => Assert.Equal(2, r.Passages.Count()));
            Assert.Equal(20, result.Reports.Select(r => r.Organisation).Distinct().Count());
            Assert.Single(result.Reports.Select(r => r.Passages.Last().TwinKey).Distinct());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Near_twins_share_a_band_key_and_different_paragraphs_do_not()
    {
        var reworded = Station.Replace("二十座", "二十一座");
        Assert.NotEqual(Twins.Key(Station), Twins.Key(reworded));
        Assert.True(Twins.Resemblance(Station, reworded) >= 0.8);
        Assert.NotEmpty(Twins.BandKeys(Station).Intersect(Twins.BandKeys(reworded)));
        Assert.Empty(Twins.BandKeys(Station).Intersect(Twins.BandKeys("桐乡市总工会组织职工登山比赛，三百名职工参加，比赛分为青年组和中年组，历时两天圆满结束。")));
        Assert.Equal(Twins.Key("三、" + Station), Twins.Key(Station));
    }

    [Fact]
    public void Two_equal_paragraphs_in_one_report_have_different_ids()
    {
        // Only a report that would otherwise lose all its text keeps a repeat as a passage of its own (GiveOrphansTheirOwn);
        // ids then differ by the repeat's index.
        Assert.NotEqual(Metadata.ContentIds.Passage("r-1", "同一段", 0), Metadata.ContentIds.Passage("r-1", "同一段", 1));
        Assert.NotEqual(Metadata.ContentIds.Passage("r-1", "同一段", 0), Metadata.ContentIds.Passage("r-2", "同一段", 0));
    }

    [Fact]
    public void A_declared_report_repeating_an_earlier_one_of_its_document_keeps_its_own_passages()
    {
        var result = Fixtures.Pipeline.IngestText("c.txt", $"驿站建设\n——句容市总工会推进驿站建设\n{Station}\n驿站经验\n——镇江市总工会学习句容经验\n{Station}");
        Assert.Equal(2, result.Reports.Count);
        var second = result.Reports.Single(r => r.Title == "驿站经验");
        var own = second.Passages.Single();
        Assert.Equal(6, own.Occurrences.Single().Line);
        Assert.Equal(3, result.Reports.Single(r => r.Title == "驿站建设").Passages.Single().Occurrences.Single().Line);
        Assert.NotEqual(result.Reports[0].Passages.Single().Id, own.Id);
    }
}
