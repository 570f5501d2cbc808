using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A city's short form that is also an ordinary word names its city right before a unit named for the area it serves
/// (a power company, a branch). Sentences written for these tests.
/// </summary>
public class PlaceOfAreaUnitTests
{
    [Theory]
    [InlineData("11月5日，国网武威供电公司举行职工技能竞赛，来自各基层工会的八支代表队参赛。", "甘肃省/武威市")]
    [InlineData("11月5日，某某银行合肥分行举行职工技能竞赛，来自各支行的八支代表队参赛。", "安徽省/合肥市")]
    public void A_power_company_or_a_branch_names_the_city_it_serves(string lead, string region)
    {
        var attribution = Attribute("职工技能竞赛举行", lead, "最终，三个代表队获奖。");
        Assert.Equal(region, attribution.Region);
    }

    [Fact]
    public void The_same_short_form_alone_in_the_lead_places_nothing()
    {
        // Counter-case: without a unit named for the area, one short form that is also a word is too little (as before).
        Assert.Null(Attribute("职工技能竞赛举行", "11月5日，武威公司举行职工技能竞赛，来自各基层工会的八支代表队参赛。", "最终，三个代表队获奖。").Region);
    }

    [Fact]
    public void A_short_form_that_is_no_word_placed_the_text_already()
    {
        // Counter-case: 德阳 is only a place, with or without the unit after it.
        Assert.Equal("四川省/德阳市", Attribute("职工技能竞赛举行", "11月5日，国网德阳供电公司举行职工技能竞赛，来自各基层工会的八支代表队参赛。", "最终，三个代表队获奖。").Region);
    }
}
