using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A bare 市总工会 in an item of a city's round-up whose own text names no place (市总工会走访组到一家水泥厂…), the page's other items naming two or
/// more of that city's districts and counties: the city's union, as the item's 全市/我市 is that city (thirty-second
/// round, orgs35). A page of one county's items settles no city (its 市 may be a county-level city's), nor does a page
/// of two cities. Own sentences, real places.
/// </summary>
public class BareCityUnionOfPageTests
{
    private static readonly string[] Item =
    [
        "腊月二十，市总工会走访组到一家水泥厂的装车班组，为一线职工送去米面油和春联。",
    ];

    private static string[] Page(params string[] others) => [.. Item, .. others];

    // Read as the service reads it, with the shipped weights.
    private static Attribution AttributeItem(string title, string[] paragraphs, string[] page) =>
        Shipped.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { PageParagraphs = page });

    [Fact]
    public void The_city_whose_districts_the_other_items_name() =>
        Assert.Equal("洛阳市总工会", AttributeItem("水泥厂装车班组迎来走访组", Item, Page(
            "涧西区总工会为辖区二百名环卫工人发放了棉帽和热水袋。",
            "伊川县总工会向三十户困难职工家庭发放了帮扶金。")).Organisation);

    [Fact]
    public void A_page_of_one_county_settles_no_city() =>
        Assert.NotEqual("洛阳市总工会", AttributeItem("水泥厂装车班组迎来走访组", Item, Page(
            "伊川县总工会为辖区二百名环卫工人发放了棉帽和热水袋。",
            "伊川县总工会向三十户困难职工家庭发放了帮扶金。")).Organisation);

    [Fact]
    public void A_page_of_two_cities_settles_none() =>
        Assert.DoesNotContain(AttributeItem("水泥厂装车班组迎来走访组", Item, Page(
            "涧西区总工会为辖区二百名环卫工人发放了棉帽和热水袋。",
            "郑州市金水区总工会向三十户困难职工家庭发放了帮扶金。")).Organisation, (string[])["洛阳市总工会", "郑州市总工会"]);

    [Fact]
    public void An_item_naming_its_own_city_keeps_it() =>
        Assert.Equal("开封市总工会", AttributeItem("水泥厂装车班组迎来走访组",
            ["腊月二十，市总工会走访组到开封一家水泥厂的装车班组，为一线职工送去米面油和春联。"], Page(
            "涧西区总工会为辖区二百名环卫工人发放了棉帽和热水袋。",
            "伊川县总工会向三十户困难职工家庭发放了帮扶金。")).Organisation);
}
