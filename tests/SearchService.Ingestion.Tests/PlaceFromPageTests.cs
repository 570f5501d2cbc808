using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// An item of a page of several that names no place of its own, only a town or street several counties have, is
/// settled by the places the page names. Sentences written for these tests.
/// </summary>
public class PlaceFromPageTests
{
    private static readonly string[] CommunityItem = ["4日下午，东湖街道东湖社区组织志愿者看望高温下坚守一线的环卫工人，送去清凉用品。"];

    [Fact]
    public void A_shared_street_in_an_item_is_settled_by_the_district_its_page_names()
    {
        var page = new[] { "连日来，丰泽区总工会在全区开展夏送清凉活动，各街道社区同步行动。" }.Concat(CommunityItem).ToArray();
        var found = AttributeItem("东湖社区送清凉", CommunityItem, page);
        Assert.Equal("福建省/泉州市/丰泽区", found.Region);
    }

    [Fact]
    public void A_shared_street_alone_on_a_page_of_one_stays_unsettled()
    {
        var found = AttributeItem("东湖社区送清凉", CommunityItem, []);
        Assert.Null(found.Region);
    }

    private static readonly string[] DistrictBureauItem = ["河东区环卫局工会为环卫工人准备了月饼和水果，节日当天来到道班点一同过节。"];

    [Fact]
    public void A_district_several_cities_have_in_an_items_union_is_settled_by_the_city_its_page_names()
    {
        var page = new[] { "中秋佳节，本市各级工会积极行动。", "河西区总工会为环卫工人送去月饼。", "武清区某某集团工会走进在建工地。" }
            .Concat(DistrictBureauItem).ToArray();
        var found = AttributeItem("河东区环卫局工会送月饼", DistrictBureauItem, page);
        Assert.Equal("河东区环卫局工会", found.Organisation);
        Assert.Equal("天津市/河东区", found.Region);
        Assert.Equal("page", found.RegionSource);
    }

    [Fact]
    public void A_shared_district_on_a_page_naming_both_of_its_provinces_stays_unsettled()
    {
        var page = new[] { "河西区总工会为环卫工人送去月饼。", "兰山区总工会为快递员送去月饼。" }.Concat(DistrictBureauItem).ToArray();
        Assert.Null(AttributeItem("河东区环卫局工会送月饼", DistrictBureauItem, page).Region);
    }

    [Fact]
    public void A_shared_district_alone_on_a_page_of_one_stays_unsettled() =>
        Assert.Null(AttributeItem("河东区环卫局工会送月饼", DistrictBureauItem, []).Region);
}
