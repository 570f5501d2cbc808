using FsCheck;
using FsCheck.Xunit;
using SearchService.Core.Search.Citations;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

public class CitationFormatterTests
{
    private const string Compiled = "深入学习习近平总书记重要论述 扎实推进产业工人队伍建设改革 ——长三角地区产业工人队伍建设改革经验交流集萃";

    private static Report Report(string organisation, string title, string? collection = Compiled, string? date = null, string source = "000_84dcf32169c3dcc4.txt",
        string? url = null, IReadOnlyList<string>? credits = null, params Passage[] passages) =>
        new("r-1", title, null, organisation, null, [], date, url, source, [new Section([], passages)]) { Collection = collection, Credits = credits ?? [] };

    private static Passage Passage(string organisation, params LineRange[] ranges) =>
        new("p-1", "r-1", 1, "一段文字。", [], organisation, null, [],
            [new Occurrence("r-1", "000_84dcf32169c3dcc4.txt", ranges[0].First, [], "一段文字。") { Page = ranges[0].FirstPage, Ranges = ranges }]);

    [Fact]
    public void A_passage_of_a_compilation_is_cited_as_a_part_of_it_with_its_line_and_permalink()
    {
        var passage = Passage("平湖市总工会", new LineRange(65, 65));
        var parts = CitationParts.Of(Report("平湖市总工会", "坚持试点先行 注重系统发力", date: "2023", passages: passage), passage) with { Permalink = "http://host/passages/p-1" };
        Assert.Equal("平湖市总工会. 坚持试点先行 注重系统发力[G]//长三角地区产业工人队伍建设改革经验交流集萃. 2023. (000_84dcf32169c3dcc4.txt, 第 65 行). http://host/passages/p-1",
            CitationFormatter.Format(parts));
    }

    [Fact]
    public void The_author_is_the_reports_organisation_not_the_organisation_a_passage_tells_about()
    {
        // L61's mistake was the passage's organisation beside another report's title; a citation names who wrote the report.
        var passage = Passage("嘉善县总工会", new LineRange(61, 61));
        var parts = CitationParts.Of(Report("上海市青浦区总工会", "弘扬劳模工匠精神 助推示范区绿色发展", passages: passage), passage);
        Assert.StartsWith("上海市青浦区总工会. 弘扬劳模工匠精神 助推示范区绿色发展[G]//", CitationFormatter.Format(parts));
        Assert.Equal("第 61 行", parts.Location);
    }

    [Theory]
    [InlineData("第 21、57 行", 21, 21, 57, 57)]
    [InlineData("第 65–67 行", 65, 67, 0, 0)]
    public void Lines_are_runs_joined_where_a_paragraph_continued(string expected, int first, int last, int first2, int last2)
    {
        LineRange[] ranges = first2 == 0 ? [new LineRange(first, last)] : [new LineRange(first, last), new LineRange(first2, last2)];
        var passage = Passage("某总工会", ranges);
        Assert.Equal(expected, CitationParts.Of(Report("某总工会", "题", passages: passage), passage).Location);
    }

    [Fact]
    public void A_pdf_is_cited_by_page()
    {
        Assert.Equal("第 3 页", CitationFormatter.Location([new CitedLines(4, 9, 3, 3)]));
        Assert.Equal("第 3–4 页", CitationFormatter.Location([new CitedLines(30, 2, 3, 4)]));
        Assert.Equal("第 3–5、9 页", CitationFormatter.Location([new CitedLines(1, 2, 3, 5), new CitedLines(1, 1, 9, 9)]));
    }

    [Fact]
    public void A_posted_report_is_located_as_api_submission_with_its_date()
    {
        var passage = new Passage("p-1", "r-1", 1, "文字。", [], "光明区总工会", null, [], [new Occurrence("r-1", "api/news.txt", 3, [], "文字。") { Ranges = [new LineRange(3, 3)] }]);
        var parts = CitationParts.Of(Report("光明区总工会", "推进职工书屋建设", collection: null, date: "2024-03-15", source: "api/news.txt", passages: passage), passage);
        Assert.True(parts.Posted);
        Assert.Equal(CitationParts.StandaloneReport, parts.Type);
        Assert.Equal("光明区总工会. 推进职工书屋建设[R]. (API 提交, 2024-03-15, 第 3 行).", CitationFormatter.Format(parts));
    }

    [Fact]
    public void A_report_with_a_source_url_is_an_online_document()
    {
        var report = Report("平湖市总工会", "工会新闻", collection: null, date: "2024-01-12", source: "news/a.txt", url: "https://example.org/a.html");
        Assert.Equal("平湖市总工会. 工会新闻[EB/OL]. (2024-01-12). (news/a.txt). https://example.org/a.html.", CitationFormatter.Format(CitationParts.Of(report)));
    }

    [Fact]
    public void Unknown_parts_are_left_out_not_guessed()
    {
        var parts = new CitationParts(null, "无单位的报告", CitationParts.StandaloneReport, null, null, null, "x.txt", false, null, null);
        Assert.Equal("无单位的报告[R]. (x.txt).", CitationFormatter.Format(parts));
    }

    [Fact]
    public void The_compilation_is_the_byline_that_names_one_with_the_headline_as_its_subtitle()
    {
        var compilation = Compilation.Of(Compiled, [])!;
        Assert.Equal("长三角地区产业工人队伍建设改革经验交流集萃", compilation.Title);
        Assert.Equal("深入学习习近平总书记重要论述 扎实推进产业工人队伍建设改革", compilation.Subtitle);
        Assert.Null(compilation.Publisher);
        Assert.Null(compilation.Date);
        Assert.Null(Compilation.Of(null, []));
    }

    [Theory]
    [InlineData("职工创新案例选编 ——浙江省总工会 编", "职工创新案例选编", "浙江省总工会", null)]
    [InlineData("产改工作简报", "产改工作简报", "嘉兴市总工会", "2023-06")]
    public void A_publisher_and_date_come_from_the_byline_or_the_credits(string collection, string title, string publisher, string? date)
    {
        var compilation = Compilation.Of(collection, ["编印：嘉兴市总工会", "印发时间：2023年6月"])!;
        Assert.Equal(title, compilation.Title);
        Assert.Equal(publisher, compilation.Publisher);
        if (date is not null) Assert.Equal(date, compilation.Date);
    }

    [Property(MaxTest = 300)]
    public void Any_parts_give_one_line_that_names_the_title_and_ends_with_the_permalink(NonNull<string> title, string? author, string? compilation, bool posted)
    {
        var parts = new CitationParts(author, title.Get, CitationParts.PartOfCompilation, compilation, null, "2023", "a.txt", posted, "第 1 行", null)
            { Permalink = "http://host/passages/p-1" };
        var text = CitationFormatter.Format(parts);
        Assert.DoesNotContain('\n', text);
        Assert.EndsWith("http://host/passages/p-1", text);
        Assert.Contains("[G]", text);
        if (!string.IsNullOrWhiteSpace(title.Get) && !title.Get.Any(char.IsWhiteSpace)) Assert.Contains(title.Get.TrimEnd('.', '。'), text);
    }
}
