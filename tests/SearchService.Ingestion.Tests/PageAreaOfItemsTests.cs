using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Where a report is when its own text does not say: a state forest bureau's or farm's union is its province's, an item
/// of a zone's column of briefs is the zone's page's, and a town's union the table does not know lies in the county its
/// credit names. Sentences written for these tests.
/// </summary>
public class PageAreaOfItemsTests
{
    [Fact]
    public void A_farm_union_is_placed_in_its_province_not_the_city_of_the_groups_address()
    {
        var found = Attribute("望月湾农场工会送春联", "近日，望月湾农场工会开展百幅春联送职工活动，为居家职工送上节日祝福。", "地址：黑龙江省哈尔滨市南岗区学府路1号");
        Assert.Equal("望月湾农场工会", found.Organisation);
        Assert.Equal("黑龙江省", found.Region);
    }

    private static readonly string[] BureauItem = ["6月7日，望月湾林业局工会举办职工登山比赛，140余人参加。"];

    private static readonly string[] ForestPage =
    [
        "6月8日，白鹿沟林业局工会为一线职工送去粽子和鸡蛋。",
        .. BureauItem,
        "6月6日，内蒙古大兴安岭白鹿沟林业局举办职工趣味运动会，近200名职工参加。",
    ];

    [Fact]
    public void A_bureau_union_in_an_item_naming_no_place_is_in_the_province_its_page_names()
    {
        var found = AttributeItem("望月湾林业局工会举办登山比赛", BureauItem, ForestPage);
        Assert.Equal("望月湾林业局工会", found.Organisation);
        Assert.Equal(("内蒙古自治区", "page"), (found.Region, found.RegionSource));
    }

    [Fact]
    public void A_bureau_union_alone_on_a_page_of_one_stays_unplaced() =>
        Assert.Null(AttributeItem("望月湾林业局工会举办登山比赛", BureauItem, []).Region);

    [Fact]
    public void Another_enterprise_union_in_an_item_naming_no_place_is_not_placed_by_its_page()
    {
        string[] item = ["6月7日，宏达机械厂工会举办职工登山比赛，140余人参加。"];
        string[] page = [ForestPage[0], .. item, ForestPage[2]];
        Assert.Null(AttributeItem("宏达机械厂工会举办登山比赛", item, page).Region);
    }

    private static readonly string[] ZoneItem = ["6月19日，开发区团工委组织青年志愿者组成宣讲团，到星辰电子公司开展安全生产宣讲。"];

    private static readonly string[] ZonePage =
    [
        "6月17日，淮安市总工会领导一行来开发区星辰电子公司调研产改工作。",
        .. ZoneItem,
        "6月12日，举办职工读书分享会，百余名职工参加。",
    ];

    [Fact]
    public void An_item_naming_its_zone_by_its_kind_alone_is_where_its_page_is()
    {
        var found = AttributeItem("开发区团工委开展安全生产宣讲", ZoneItem, ZonePage);
        Assert.Equal(("江苏省/淮安市", "page"), (found.Region, found.RegionSource));
    }

    [Fact]
    public void An_item_naming_neither_place_nor_zone_stays_unplaced()
    {
        string[] item = [ZonePage[2]];
        Assert.Null(AttributeItem("举办职工读书分享会", item, ZonePage).Region);
    }

    [Fact]
    public void A_bare_zone_alone_on_a_page_of_one_stays_unplaced() =>
        Assert.Null(AttributeItem("开发区团工委开展安全生产宣讲", ZoneItem, []).Region);
}
