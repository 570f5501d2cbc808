using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A report whose title and text name no place is placed by the lines kept beside its text — its credits first, then the
/// page's site lines — and a report with no organisation still gets the place its text fixes. Sentences written for these tests.
/// </summary>
public class PlaceFromCreditsTests
{
    private static Attribution Attribute(string title, string[] paragraphs, string[]? credits = null, string[]? siteLines = null) =>
        Attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { Credits = credits ?? [], SiteLines = siteLines ?? [] });

    [Fact]
    public void A_credit_places_a_text_that_names_no_place()
    {
        var found = Attribute("职工书屋揭牌", ["近日，一家企业的职工书屋正式揭牌，职工可以免费借阅图书。"], ["来源：桐庐县融媒体中心"]);
        Assert.Equal(("浙江省/杭州市/桐庐县", "credit"), (found.Region, found.RegionSource));
    }

    [Fact]
    public void A_credit_places_an_enterprise_union_that_has_no_place_of_its_own()
    {
        var found = Attribute("纺织公司工会举办职工运动会", ["日前，红叶纺织公司工会举办第三届职工趣味运动会，三百余名职工参加。"], ["编辑：王明 来源：宜昌日报"]);
        Assert.Equal("湖北省/宜昌市", found.Region);
    }

    [Fact]
    public void A_credit_never_overrides_the_place_the_text_names()
    {
        var found = Attribute("职工书屋揭牌", ["近日，宜昌市一家企业的职工书屋正式揭牌，职工可以免费借阅图书。"], ["来源：桐庐县融媒体中心"]);
        Assert.Equal("湖北省/宜昌市", found.Region);
    }

    [Fact]
    public void The_site_places_a_text_that_names_no_place_when_no_credit_does()
    {
        var found = Attribute("我省各级工会开展迎国庆活动", ["国庆前夕，我省各级工会开展了一系列迎庆活动，慰问一线职工。"], siteLines: ["甘肃工人报 电子版"]);
        Assert.Equal(("甘肃省", "site"), (found.Region, found.RegionSource));
        var credited = Attribute("我省各级工会开展迎国庆活动", ["国庆前夕，我省各级工会开展了一系列迎庆活动，慰问一线职工。"], ["来源：兰州日报"], ["甘肃工人报 电子版"]);
        Assert.Equal(("甘肃省/兰州市", "credit"), (credited.Region, credited.RegionSource));
    }

    [Fact]
    public void A_menu_of_many_places_places_nothing()
    {
        var found = Attribute("职工书屋揭牌", ["近日，一家企业的职工书屋正式揭牌，职工可以免费借阅图书。"], siteLines: ["北京 天津 河北 山西 内蒙古 辽宁 吉林"]);
        Assert.Null(found.Region);
    }

    [Fact]
    public void Without_credits_or_site_a_placeless_text_stays_unplaced()
    {
        var found = Attribute("职工书屋揭牌", ["近日，一家企业的职工书屋正式揭牌，职工可以免费借阅图书。"]);
        Assert.Equal(((string?)null, "none"), (found.Region, found.RegionSource));
    }

    [Theory]
    [InlineData("职工书画展开幕", "近日，区文化馆与区工人文化宫在兰州市城关区联合举办职工书画展。", "甘肃省/兰州市/城关区")]   // joint bodies, no union acts
    [InlineData("职工书画展开幕", "近日，桐庐县文化馆与县工人文化宫联合举办职工书画展。", "浙江省/杭州市/桐庐县")]             // a cultural palace
    [InlineData("社区举办职工亲子活动", "周末，宜昌市西陵区一个社区组织辖区职工开展亲子阅读活动。", "湖北省/宜昌市/西陵区")]   // a community
    public void A_report_without_an_organisation_gets_the_place_its_text_names(string title, string paragraph, string region)
    {
        var found = Attribute(title, [paragraph, "活动共展出作品和照片一百余件。"]);
        Assert.Equal(("", region), (found.Organisation, found.Region));
    }

    [Fact]
    public void A_credited_place_of_a_report_without_an_organisation()
    {
        var found = Attribute("职工书画展开幕", ["近日，区文化馆与区工人文化宫联合举办职工书画展。", "活动共展出作品一百余件。"], ["（桐庐县融媒体中心 记者 王明）"]);
        Assert.Equal("浙江省/杭州市/桐庐县", found.Region);
    }
}
