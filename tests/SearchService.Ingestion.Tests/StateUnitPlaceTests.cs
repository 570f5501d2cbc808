using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>Where a state forest bureau's or farm's union lies, on sentences written for these tests.</summary>
public class StateUnitPlaceTests
{
    [Theory]
    // A county's name: the bureau sits there and belongs to the province's forest group.
    [InlineData("近日，塔河林业局工会开展冬季送温暖活动，走访困难职工二十户。", "塔河林业局工会", "黑龙江省")]
    // A farm company named after its county (友谊县, not a township 友谊乡 of another province), placed in the province.
    [InlineData("近日，友谊农场有限公司工会开展冬季送温暖活动，走访困难职工二十户。", "友谊农场有限公司工会", "黑龙江省")]
    public void A_state_forest_bureau_or_farm_lies_in_its_seats_province(string text, string organisation, string region)
    {
        var attribution = Attribute("工会送温暖", text);
        Assert.Equal(organisation, attribution.Organisation);
        Assert.Equal(region, attribution.Region);
    }

    [Fact]
    public void A_seat_the_table_cannot_settle_places_nothing_by_the_name()
    {
        // 红星镇 and 红星乡 lie in several counties: with no place named, the name settles nothing and no county is guessed.
        var attribution = Attribute("工会送温暖", "近日，红星林业局工会开展冬季送温暖活动，走访困难职工二十户。");
        Assert.Equal("红星林业局工会", attribution.Organisation);
        Assert.Null(attribution.Region);
    }

    [Theory]
    // The gazetteer answers for the name alone: a county's seat, a farm company's, and nothing for other units.
    [InlineData("塔河林业局工会", "黑龙江省")]
    [InlineData("友谊农场有限公司工会", "黑龙江省")]
    [InlineData("红星林业局工会", null)]
    [InlineData("塔河县总工会", null)]
    [InlineData("塔河林业局电讯处工会", null)]
    public void The_gazetteer_gives_a_state_units_province_from_its_name(string organisation, string? province) =>
        Assert.Equal(province, GazetteerTests.Places.SeatOfStateUnit(organisation));

    [Fact]
    public void Other_units_keep_the_place_of_their_name()
    {
        // A county's own union is the county's, not cut to its prefecture.
        Assert.Equal("黑龙江省/大兴安岭地区/塔河县", Attribute("工会送温暖", "近日，塔河县总工会开展冬季送温暖活动，走访困难职工二十户。").Region);
    }
}
