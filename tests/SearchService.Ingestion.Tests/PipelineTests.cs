using System.Text;

namespace SearchService.Ingestion.Tests;

public class PipelineTests
{
    private static readonly IngestionResult SeedResult = Fixtures.Pipeline.IngestPath(Fixtures.Seed);

    [Fact]
    public void Seed_yields_the_five_reports_with_their_organisations_and_regions()
    {
        Assert.Empty(SeedResult.Problems);
        var reports = SeedResult.Reports.ToDictionary(r => r.Organisation, r => r.Region);
        Assert.Equal(new Dictionary<string, string?>
        {
            ["上海市青浦区总工会"] = "上海市/青浦区",
            ["浙能集团工会"] = "浙江省/杭州市",
            ["平湖市总工会"] = "浙江省/嘉兴市/平湖市",
            ["苏州市总工会"] = "江苏省/苏州市",
            ["中铁四局工会"] = "安徽省/合肥市",
        }.OrderBy(kv => kv.Key), reports.OrderBy(kv => kv.Key));
        Assert.Equal("三责协同 四力推进", SeedResult.Reports.Single(r => r.Organisation == "浙能集团工会").Title);
        Assert.DoesNotContain(SeedResult.Reports, r => r.Title.Contains("集萃"));
    }

    [Fact]
    public void Repeated_paragraphs_collapse_and_keep_every_place_they_occurred()
    {
        var passages = SeedResult.Reports.SelectMany(r => r.Passages).ToList();
        Assert.Equal(26, passages.Count);
        Assert.Equal(69, passages.Sum(p => p.Occurrences.Count));
        var training = passages.Single(p => p.Text.StartsWith("二是提升培训质量"));
        Assert.Equal("苏州市总工会", training.Organisation);
        Assert.True(training.Occurrences.Count >= 20, $"only {training.Occurrences.Count} occurrences");
        Assert.Contains(training.Occurrences, o => o.Line == 179);
        Assert.Contains(training.Occurrences, o => o.Text.Contains("加速素质提升"));
        Assert.Equal(1, passages.Count(p => p.Text.Contains("深化依法维权行动")));
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        // Nothing is dropped: every non-empty, non-structural line of the seed is an occurrence of some passage.
        var occurrenceLines = passages.SelectMany(p => p.Occurrences).SelectMany(o => o.Ranges).Select(r => r.First).ToHashSet();
        foreach (var line in new[] { 15, 18, 57, 107, 75, 129, 131, 133, 135 }) Assert.Contains(line, occurrenceLines);
    }

    [Fact]
    public void The_cut_line_its_continuation_and_the_third_section_of_Qingpu_are_in_its_report()
    {
        var qingpu = SeedResult.Reports.Single(r => r.Organisation == "上海市青浦区总工会");
        var joined = qingpu.Passages.Single(p => p.Text.Contains("“立功竞赛活动坚持使命担当"));
        Assert.Equal([new LineRange(21, 21), new LineRange(57, 57)], joined.Occurrences[0].Ranges);
        Assert.Contains(joined.Occurrences, o => o.Line == 107);
        var alliance = qingpu.Passages.Single(p => p.Text.StartsWith("依托劳模工匠创新工作室联盟建设"));
        Assert.Equal(["三、劳模工匠，企业发展的源泉"], alliance.SectionPath);
        Assert.Equal(63, alliance.Occurrences[0].Line);
        Assert.Contains(qingpu.Passages, p => p.Occurrences[0].Line == 61);
        Assert.DoesNotContain(SeedResult.Reports.Where(r => r != qingpu).SelectMany(r => r.Sections), s => s.HeadingPath.Contains("三、劳模工匠，企业发展的源泉"));
        Assert.All(qingpu.Passages, p => Assert.Equal("上海市青浦区总工会", p.Organisation));
    }

    [Fact]
    public void The_fused_line_75_is_split_between_Pinghu_and_Suzhou()
    {
        var passages = SeedResult.Reports.SelectMany(r => r.Passages).ToList();
        Assert.DoesNotContain(passages, p => p.Text.Contains("一是党建引领") && p.Text.Contains("二是提升培训质量"));
        var pinghu = passages.Single(p => p.Text.StartsWith("一是党建引领"));
        Assert.Equal("平湖市总工会", pinghu.Organisation);
        Assert.Equal([69, 75], pinghu.Occurrences.Select(o => o.Line));
        var suzhou = SeedResult.Reports.Single(r => r.Organisation == "苏州市总工会");
        Assert.Equal(75, suzhou.Passages.First().Occurrences[0].Line);
        Assert.StartsWith("二是提升培训质量", suzhou.Passages.First().Text);
    }

    [Fact]
    public void Sections_follow_the_numbered_headings()
    {
        var report = SeedResult.Reports.Single(r => r.Organisation == "浙能集团工会");
        var passage = report.Passages.Single(p => p.Text.Contains("落实党委的主体责任"));
        Assert.Equal(["二、落实“三个责任”，形成改革的协同格局", "（一）落实党委的主体责任"], passage.SectionPath);
        Assert.Equal(Enumerable.Range(1, report.Passages.Count()), report.Passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void Themes_come_from_the_taxonomy()
    {
        var passages = SeedResult.Reports.SelectMany(r => r.Passages).ToList();
        Assert.Contains("集体协商与工资", passages.Single(p => p.Text.Contains("农业产业工资专项集体协商")).Themes);
        Assert.Contains("劳模工匠与创新工作室", passages.Single(p => p.Text.StartsWith("依托劳模工匠创新工作室")).Themes);
        Assert.All(SeedResult.Reports, r => Assert.NotEmpty(r.Themes));
        Assert.All(passages.SelectMany(p => p.Themes), t => Assert.Contains(t, Fixtures.Pipeline.Themes));
    }

    [Fact]
    public void Ids_are_stable_across_runs()
    {
        var again = new IngestionPipeline().IngestPath(Fixtures.Seed);
        Assert.Equal(SeedResult.Reports.SelectMany(r => r.Passages).Select(p => p.Id), again.Reports.SelectMany(r => r.Passages).Select(p => p.Id));
    }

    [Fact]
    public void A_document_without_bylines_is_one_report_titled_by_its_first_heading()
    {
        var result = Fixtures.Pipeline.IngestText("钱塘.txt", "钱塘区总工会建设爱心驿站\n钱塘区总工会在辖区建成爱心驿站三十座，为快递员提供休息场所。\n一、主要做法\n开展新就业形态劳动者入会集中行动。");
        var report = Assert.Single(result.Reports);
        Assert.Equal("钱塘区总工会建设爱心驿站", report.Title);
        Assert.Equal("杭州市钱塘区总工会", report.Organisation);     // a district's union is named with its city
        Assert.Equal("浙江省/杭州市/钱塘区", report.Region);
        Assert.Equal(["一、主要做法"], report.Passages.Last().SectionPath);
    }

    [Fact]
    public void Corrupt_files_are_reported_and_the_rest_is_ingested_with_sidecar_metadata()
    {
        var folder = Fixtures.TempFolder();
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
            File.WriteAllBytes(Path.Combine(folder, "good.docx"), Fixtures.Docx(("Heading1", "职工书屋建设"), (null, "某街道工会建成职工书屋十家，开展阅读活动。")));
            File.WriteAllText(Path.Combine(folder, "good.meta.json"), """{ "organisation": "嘉善县总工会", "themes": ["服务职工"], "date": "2024-05-01", "sourceUrl": "https://example.org/a" }""");
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            File.WriteAllBytes(Path.Combine(folder, "sub", "gbk.txt"), Encoding.GetEncoding("GB18030").GetBytes("吴江区总工会开展技能竞赛\n吴江区总工会举办职业技能竞赛，参赛职工三千人。"));
            File.WriteAllText(Path.Combine(folder, "notes.xlsx"), "ignored");

            var result = Fixtures.Pipeline.IngestPath(folder);
            var problem = Assert.Single(result.Problems);
            Assert.Equal("broken.docx", problem.Path);
            var good = result.Reports.Single(r => r.SourcePath == "good.docx");
            Assert.Equal(("嘉善县总工会", "浙江省/嘉兴市/嘉善县", "2024-05-01"), (good.Organisation, good.Region, good.Date));
            Assert.Equal(["职工服务（驿站、食堂、书屋、之家）"], good.Themes);   // a former theme name means the theme that replaced it
            var gbk = result.Reports.Single(r => r.SourcePath == "sub/gbk.txt");
            Assert.Equal("苏州市吴江区总工会", gbk.Organisation);
            Assert.Equal("江苏省/苏州市/吴江区", gbk.Region);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_title_line_of_the_text_that_differs_from_the_sidecars_title_is_kept_as_the_subtitle()
    {
        var folder = Fixtures.TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "桂溪镇工会办起职工夜校\n桂溪镇工会在工业园区开设职工夜校，每周三晚授课，已有两百名职工结业。");
            File.WriteAllText(Path.Combine(folder, "a.meta.json"), """{ "title": "桂溪镇职工夜校工作简报" }""");
            File.WriteAllText(Path.Combine(folder, "b.txt"), "桂溪镇工会办起职工夜校\n桂溪镇工会在工业园区开设职工夜校，每周三晚授课。");
            File.WriteAllText(Path.Combine(folder, "b.meta.json"), """{ "title": "桂溪镇工会办起职工夜校" }""");

            var result = Fixtures.Pipeline.IngestPath(folder);
            var a = result.Reports.Single(r => r.SourcePath == "a.txt");
            Assert.Equal("桂溪镇职工夜校工作简报", a.Title);
            Assert.Equal("桂溪镇工会办起职工夜校", a.Subtitle);
            var b = result.Reports.Single(r => r.SourcePath == "b.txt");
            Assert.Equal("桂溪镇工会办起职工夜校", b.Title);
            Assert.Null(b.Subtitle);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
