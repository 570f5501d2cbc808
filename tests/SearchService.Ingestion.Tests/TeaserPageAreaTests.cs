using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// An item of a page of several that speaks only of 我市 takes the page's area when the page is one area's, and none
/// when the page gathers teasers from several provinces' sites. Sentences written for these tests.
/// </summary>
public class TeaserPageAreaTests
{
    private static readonly string[] UnnamedCityItem =
        ["为让更多技术工人成长成才，我市各级工会今年持续开展技能比武进园区活动。"];

    [Fact]
    public void A_page_of_teasers_from_several_provinces_lends_an_item_no_area()
    {
        var page = new[]
        {
            "入秋以来，湖南省株洲市总工会组织职工书画展，展出作品三百余幅。",
            "徐汇区今年新建职工书屋12家，上海市职工书屋示范点增至5家。",
            "9月8日，徐汇区职工读书节在上海市徐汇区图书馆开幕。",
        }.Concat(UnnamedCityItem).ToArray();
        Assert.Null(AttributeItem("技能比武进园区", UnnamedCityItem, page).Region);
    }

    [Fact]
    public void A_page_of_one_provinces_items_still_lends_its_city()
    {
        // Counter-case: the items of one city's page, the item's 我市 is that city.
        var page = new[]
        {
            "入秋以来，株洲市总工会组织职工书画展，展出作品三百余幅。",
            "9月8日，株洲市职工读书节开幕，市总工会为十家职工书屋授牌。",
        }.Concat(UnnamedCityItem).ToArray();
        Assert.Equal(("湖南省/株洲市", "page"), (AttributeItem("技能比武进园区", UnnamedCityItem, page) is var found ? (found.Region, found.RegionSource) : default));
    }
}
