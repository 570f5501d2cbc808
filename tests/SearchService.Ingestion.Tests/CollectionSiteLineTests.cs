using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A paper's page of several items keeps its masthead (the site's title line, the page's number) as the collection's
/// title, held by no report: it is the page's own line, so an item naming no place is placed by it as by any site line,
/// and an item naming its own place keeps that. Sentences written for these tests.
/// </summary>
public class CollectionSiteLineTests
{
    private static string Page(string secondItem) =>
        "河南工人报官方网站 | 首页 今天是\n出版日期:2001年03月12日\n第2版\n02\n\n"
        + "第一机械厂工会举办职工读书会\n\n新郑市第一机械厂工会举办职工读书会,丰富了职工的业余生活。\n\n"
        + "全厂三十多名职工参加了读书会,大家交流了读书心得,还推荐了一批好书。 (厂工会)\n\n"
        + secondItem + "\n\n(王明 李华)\n\n放大 缩小 默认";

    private static IReadOnlyList<Report> Reports(string secondItem) => Fixtures.Pipeline.IngestText("page.txt", Page(secondItem)).Reports;

    [Fact]
    public void The_pages_masthead_is_the_collections_title_read_as_a_site_line()
    {
        var reports = Reports("▲三友公司机修车间建立职工建议登记制度,全年收到建议五十多条。");
        Assert.Equal(2, reports.Count);
        Assert.Contains("河南工人报", reports[1].Collection);
        Assert.Equal(("河南省", "site"), (reports[1].Region, reports[1].RegionSource));
    }

    [Theory]
    [InlineData(new[] { "出版日期:2001年03月12日", "河南工人报官方网站" }, "河南省")]
    [InlineData(new[] { "河南工人报官方网站", "出版日期:2001年03月12日" }, "河南省")]
    [InlineData(new[] { "记者 王明", "来源:河南工人报" }, "河南省")]
    [InlineData(new[] { "河南工人报", "陕西工人报" }, null)]
    [InlineData(new[] { "出版日期:2001年03月12日", "第2版" }, null)]
    public void Site_lines_are_separate_labels_so_the_one_naming_a_place_counts_wherever_it_stands(string[] siteLines, string? region)
    {
        var item = TestAttributor.Attributor.Attribute(new AttributionInput("news/a.txt", "三友公司机修车间建立职工建议登记制度", null,
            ["三友公司机修车间建立职工建议登记制度,全年收到建议五十多条。"], null) { SiteLines = siteLines });
        Assert.Equal(region, item.Region);
    }

    [Fact]
    public void An_item_naming_its_own_place_keeps_it()
    {
        var reports = Reports("▲宜昌市东风公司机修车间建立职工建议登记制度,全年收到建议五十多条。");
        Assert.Equal(2, reports.Count);
        Assert.Equal("湖北省/宜昌市", reports[1].Region);
    }

    [Fact]
    public void A_masthead_naming_no_place_places_nothing()
    {
        var text = Page("▲三友公司机修车间建立职工建议登记制度,全年收到建议五十多条。").Replace("河南工人报官方网站 | 首页", "职工之声官方网站 | 首页");
        var reports = Fixtures.Pipeline.IngestText("page.txt", text).Reports;
        Assert.Equal(2, reports.Count);
        Assert.Null(reports[1].Region);
    }
}
