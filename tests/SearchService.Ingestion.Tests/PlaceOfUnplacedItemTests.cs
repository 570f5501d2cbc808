using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// An item of a page of several that names neither a place nor a union (a zone's brief column mixing its union's news
/// with its other bodies'): placed where the page is, when another item names its union. Sentences written for these tests.
/// </summary>
public class PlaceOfUnplacedItemTests
{
    private static readonly string[] IncubatorItem = ["近日，开发区科技创业中心举行创业政策宣讲会，二十余名创业者参加，现场解答了大家关心的问题。"];

    private static readonly string[] ZonePage =
    [
        "7月12日，江苏省如皋市总工会在开发区举办职工技能比武，三百名职工参加比赛。",
        "开发区总工会组织青年职工开展读书分享会，二十名职工交流读书心得。",
    ];

    [Fact]
    public void An_item_naming_no_place_nor_union_on_a_union_page_is_placed_where_the_page_is()
    {
        var found = AttributeItem("开发区科技创业中心举行创业政策宣讲会", IncubatorItem, [.. ZonePage, .. IncubatorItem]);
        Assert.Equal("", found.Organisation);
        Assert.StartsWith("江苏省/南通市", found.Region);
        Assert.Equal("page", found.RegionSource);
    }

    [Fact]
    public void The_same_item_alone_on_its_page_stays_unplaced() =>
        Assert.Null(AttributeItem("开发区科技创业中心举行创业政策宣讲会", IncubatorItem, []).Region);

    [Fact]
    public void An_item_on_a_page_naming_no_union_at_all_stays_unplaced()
    {
        // The counter-case: a chronicle's bare points, one of which names its province; no union is named on the page,
        // so nothing says the points are that province's union's.
        var page = new[] { "举办江苏省第三届职工技能大赛，三十个工种的选手参加。", "开展“送清凉”系列活动，覆盖全部一线岗位。" };
        Assert.Null(AttributeItem("开展送清凉系列活动", [page[1]], page).Region);
    }

    [Fact]
    public void An_enterprise_union_without_a_place_is_not_placed_by_its_page()
    {
        // The counter-case: the item's union is found, an enterprise's without a place: no sign of where the page is.
        var page = new[] { ZonePage[0], "国棉五厂工会为退休职工举办联谊会，一百名退休职工参加。" };
        var found = AttributeItem("国棉五厂工会举办退休职工联谊会", [page[1]], page);
        Assert.Null(found.Region);
    }
}
