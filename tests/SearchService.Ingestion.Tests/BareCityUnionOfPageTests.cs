using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A bare 市总工会 in an item of a city's round-up whose own text names no place (在一家水泥厂…，市总工会慰问团开展了…), the page's other items naming two or
/// more of that city's districts and counties: the city's union, as the item's 全市/我市 is that city (thirty-fifth
/// round, orgs35). A page of one county's items settles no city (its 市 may be a county-level city's), nor does a page
/// of two cities. Own sentences, real places.
/// </summary>
public class BareCityUnionOfPageTests
{
    private static readonly string[] Item =
    [
        "在一家水泥厂的生产一线，市总工会慰问团开展了新春送温暖慰问活动，为一线职工送上慰问品和新春祝福。",
    ];

    private static string[] Page(params string[] others) => [.. Item, .. others];

    // Read as the service reads it, with the shipped weights.
    private static Attribution AttributeItem(string title, string[] paragraphs, string[] page) =>
        Shipped.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { PageParagraphs = page });

    [Fact]
    public void The_city_whose_districts_the_other_items_name() =>
        Assert.Equal("洛阳市总工会", AttributeItem("在水泥厂生产一线", Item, Page(
            "近日，涧西区总工会慰问团来到户外劳动者驿站，为环卫工人送上手套和护膝。",
            "日前，伊川县总工会开启了送温暖慰问活动，为困难职工送去慰问金。")).Organisation);

    [Fact]
    public void A_page_of_one_county_settles_no_city() =>
        Assert.NotEqual("洛阳市总工会", AttributeItem("在水泥厂生产一线", Item, Page(
            "近日，伊川县总工会慰问团来到户外劳动者驿站，为环卫工人送上手套和护膝。",
            "日前，伊川县总工会开启了送温暖慰问活动，为困难职工送去慰问金。")).Organisation);

    [Fact]
    public void A_page_of_two_cities_settles_none() =>
        Assert.DoesNotContain(AttributeItem("在水泥厂生产一线", Item, Page(
            "近日，涧西区总工会慰问团来到户外劳动者驿站，为环卫工人送上手套和护膝。",
            "日前，郑州市金水区总工会开启了送温暖慰问活动，为困难职工送去慰问金。")).Organisation, (string[])["洛阳市总工会", "郑州市总工会"]);

    [Fact]
    public void An_item_naming_its_own_city_keeps_it() =>
        Assert.Equal("开封市总工会", AttributeItem("在水泥厂生产一线",
            ["在开封一家水泥厂的生产一线，市总工会慰问团开展了新春送温暖慰问活动，为一线职工送上慰问品。"], Page(
            "近日，涧西区总工会慰问团来到户外劳动者驿站，为环卫工人送上手套和护膝。",
            "日前，伊川县总工会开启了送温暖慰问活动，为困难职工送去慰问金。")).Organisation);
}
