using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Where a text that speaks from its own area (我市, 全市) but names no place is: its city's outlet in a credit says
/// so even when the city's short form is also an ordinary word. Sentences written for these tests.
/// </summary>
public class CityOutletCreditTests
{
    private static Attribution Credited(string title, string[] paragraphs, params string[] credits) =>
        Attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { Credits = credits });

    private static readonly string[] CityWideDelivery =
        ["近日，市人社局联合多家物业企业开展冬送温暖活动，为我市一线保洁员送去棉衣和手套。", "据介绍，全市共有物业保洁员两万余人。"];

    [Fact]
    public void A_city_daily_in_the_credit_places_a_text_that_names_no_place()
    {
        // 大连 is also an ordinary word to jieba; right before 日报 it is the city whose paper it is.
        Assert.False(GazetteerTests.Places.ShortFormIsOnlyAPlace("辽宁省/大连市"));
        var found = Credited("保洁员收到冬日暖包", CityWideDelivery, "作者：", "时间：2024年07月20日 来源：大连日报");
        Assert.Equal(("辽宁省/大连市", "credit"), (found.Region, found.RegionSource));
    }

    [Theory]
    [InlineData("来源：合肥晚报", "安徽省/合肥市")]
    [InlineData("来源：武威市融媒体中心", "甘肃省/武威市")]
    [InlineData("来源：武威融媒体中心", "甘肃省/武威市")]
    [InlineData("来源：大连电视台", "辽宁省/大连市")]
    public void A_citys_outlet_names_its_city(string credit, string city) =>
        Assert.Equal(city, Credited("保洁员收到冬日暖包", CityWideDelivery, credit).Region);

    [Fact]
    public void The_short_form_alone_or_a_national_paper_places_nothing()
    {
        // Counter-cases: the short form without its outlet is still too little, and a national daily names no place.
        Assert.Null(Credited("保洁员收到冬日暖包", CityWideDelivery, "来源：大连").Region);
        Assert.Null(Credited("保洁员收到冬日暖包", CityWideDelivery, "来源：工人日报").Region);
    }

    [Fact]
    public void An_outlet_never_outweighs_the_place_the_text_names()
    {
        var found = Credited("保洁员收到冬日暖包", ["近日，鞍山市人社局联合多家物业企业为一线保洁员送去棉衣。"], "来源：大连日报");
        Assert.Equal("辽宁省/鞍山市", found.Region);
    }
}
