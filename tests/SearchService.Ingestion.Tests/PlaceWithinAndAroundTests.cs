using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Where a report without a place of its own lies: the city its title names, down to the district its text is about;
/// and an item of a page of several that speaks only of 我省/全省, the province its page is about. Sentences written
/// for these tests.
/// </summary>
public class PlaceWithinAndAroundTests
{
    [Fact]
    public void A_title_naming_a_city_is_narrowed_to_the_district_the_text_is_about()
    {
        var found = Attribute("暖心服务进社区 厦门鹭江社区职工驿站启用",
            "日前，鹭江社区工会联合会在思明区启用职工驿站，为思明区的快递员、环卫工人提供休息场所。",
            "驿站设在社区服务中心一楼，思明区的户外劳动者都可以前来歇脚。");
        // A community's union written alone is written out with the county the text is about (round 24, orgs26: the labels' convention).
        // The region, the same district, now comes from the name written out (gazetteer) rather than from the text.
        Assert.Equal("厦门市思明区鹭江社区工会联合会", found.Organisation);
        Assert.Equal(("福建省/厦门市/思明区", "gazetteer"), (found.Region, found.RegionSource));
    }

    [Fact]
    public void A_title_naming_a_city_keeps_it_when_the_text_passes_through_a_district_once()
    {
        var found = Attribute("暖心服务进社区 厦门鹭江社区职工驿站启用",
            "日前，鹭江社区工会联合会启用职工驿站，为快递员、环卫工人提供休息场所。",
            "驿站设在社区服务中心一楼，附近的户外劳动者都可以前来歇脚，思明区的志愿者也来帮忙。");
        Assert.Equal(("福建省/厦门市", "title"), (found.Region, found.RegionSource));
    }

    [Fact]
    public void A_title_naming_a_city_keeps_it_when_the_text_is_about_another_city()
    {
        var found = Attribute("厦门鹭江社区职工赴外地交流",
            "日前，鹭江社区工会联合会组织职工赴泉州市丰泽区参观学习，丰泽区的社区工作者介绍了经验。",
            "职工们在丰泽区参观了两处职工驿站。");
        Assert.Equal("福建省/厦门市", found.Region);
    }

    private static readonly string[] ProvinceWideItem =
        ["国庆节前夕，我省各级工会组织开展了形式多样的迎庆活动，走访慰问劳模和一线职工，送上节日的问候。"];

    private static readonly string[] Page =
    [
        "本报讯 9月25日，芜湖市职工法律服务中心揭牌，为职工提供一站式法律咨询。",
        "本报讯 9月28日，合肥市职工文化艺术节在市工人文化宫闭幕。",
        .. ProvinceWideItem,
    ];

    [Fact]
    public void An_item_speaking_of_its_province_on_a_page_of_several_is_the_province_the_page_is_about()
    {
        var found = AttributeItem("情暖金秋迎国庆", ProvinceWideItem, Page);
        Assert.Equal(("安徽省", "page"), (found.Region, found.RegionSource));
    }

    [Fact]
    public void An_item_speaking_of_its_province_alone_on_its_page_is_placed_nowhere()
    {
        Assert.Null(AttributeItem("情暖金秋迎国庆", ProvinceWideItem, []).Region);
    }

    [Fact]
    public void An_item_naming_no_area_of_its_own_takes_nothing_from_its_page()
    {
        var item = new[] { "国庆节前夕，工会组织开展了形式多样的迎庆活动，走访慰问劳模和一线职工。" };
        Assert.Null(AttributeItem("情暖金秋迎国庆", item, [.. Page[..2], .. item]).Region);
    }
}
