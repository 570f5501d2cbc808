using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Union names that were lost or written wrongly (round 23, orgs25): an enterprise's name after its province's short
/// form, units that end as oil fields or forest districts, names after 暨 and 经过, the federation whose anniversary is
/// celebrated, an enterprise founding its own union and a company written short without the words of its business;
/// on sentences written for these tests.
/// </summary>
public class NamesFoundAndKeptTests
{
    [Theory]
    [InlineData("近日，湖南红星永固工会组织职工开展技能比武。", "湖南红星永固工会")]          // an enterprise's brand after the province: as written
    [InlineData("近日，广西金桂顺达工会举办职工运动会。", "广西金桂顺达工会")]
    [InlineData("近日，湖南教育工会举办教师技能大赛。", "湖南省教育工会")]                  // a sector union: its province written out, as before
    [InlineData("近日，宁夏建材产业工会举办职工运动会。", "宁夏回族自治区建材产业工会")]
    [InlineData("近日，湖南农林水利气象工会举办职工运动会。", "湖南省农林水利气象工会")]      // a national industry union's sector
    [InlineData("近日，湖南红星集团工会组织职工开展技能比武。", "湖南红星集团工会")]          // an enterprise by its ending, as before
    public void A_provinces_short_form_is_written_out_only_before_a_sector(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("近日，青松油田工会为一线职工送去清凉。", "青松油田工会")]
    [InlineData("近日，白桦林区工会为困难职工送去慰问金。", "白桦林区工会")]
    [InlineData("近日，红旗垦区工会举办职工运动会。", "红旗垦区工会")]
    [InlineData("近日，林区工会为困难职工送去慰问金。", null)]                              // the kind alone names no one
    [InlineData("近日，油田工会为一线职工送去清凉。", null)]
    [InlineData("近日，垦区工会为一线职工送去清凉。", null)]
    public void An_oil_field_and_a_forest_district_name_their_unions(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("职工书屋揭牌仪式暨红星机械公司工会职工大会召开。", "红星机械公司工会")]      // 暨 joins two events; the name starts after it
    [InlineData("百年华诞暨第五届职工运动会工会干部培训举行。", null)]                       // an event's words before 工会 are no name
    [InlineData("近日，暨南大学工会举办教职工运动会。", "暨南大学工会")]                      // 暨南 is a name's word
    [InlineData("经过青松油田工会的牵线搭桥，两家单位结成帮扶对子。", "青松油田工会")]        // 经过 is "through", not part of the name
    public void Joining_and_passing_words_end_a_name(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void The_federation_whose_anniversary_is_celebrated_does_not_act()
    {
        Assert.Equal(
            [OrganisationRole.Source],
            Organisations.Names.Find("近日，红星机械公司举行庆祝中华全国总工会成立100周年职工合唱比赛。").Select(m => m.Role));
        // The federation acting itself is still the actor, and so is a union celebrating its own founding.
        Assert.Equal(
            [OrganisationRole.Actor],
            Organisations.Names.Find("近日，中华全国总工会举行成立100周年纪念大会。").Select(m => m.Role));
        Assert.Equal(
            [OrganisationRole.Actor],
            Organisations.Names.Find("近日，庆祝红星机械公司工会成立30周年大会举行。").Select(m => m.Role));
    }

    [Fact]
    public void A_unit_acting_in_the_lead_is_not_outshone_by_the_federation_it_celebrates() =>
        Assert.Equal("红星机械公司工会", Attribute("",
            "11月3日，红星机械公司举行“百年工运”——庆祝中华全国总工会成立100周年暨第二届职工运动会工会知识竞赛，12支代表队参赛。",
            "竞赛分笔试和展演两个环节，各代表队展示了工会工作的成果。").Organisation);

    [Fact]
    public void An_enterprise_founding_its_own_union_is_filed_under_it() =>
        Assert.Equal("青松矿业公司工会", Attribute("青松矿业公司工会召开第一届会员大会",
            "5月8日，青松矿业公司工会召开第一届会员大会，全体会员参加会议。",
            "会议选举产生了第一届工会委员会。").Organisation);

    [Fact]
    public void A_new_union_of_no_place_and_no_enterprise_still_has_no_name() =>
        Assert.Null(Attribute("快递行业工会联合会正式成立",
            "5月8日，快递行业工会联合会正式成立，40余名会员参加会议。").Organisation is { Length: > 0 } name ? name : null);

    [Theory]
    [InlineData("青松矿业公司工会", "会议宣读了《关于青松矿业开发治理有限责任公司成立工会的批复》。", "青松矿业开发治理有限责任公司工会")]
    [InlineData("青松矿业公司工会", "青松矿业股份有限公司是一家老企业。", "青松矿业股份有限公司工会")]          // as before
    [InlineData("青松矿业公司工会", "青松矿业销售分公司举办活动。", null)]                                        // a branch is another unit
    [InlineData("青松矿业公司工会", "青松矿业集团有限公司举办活动。", null)]                                        // so is the group
    [InlineData("青松矿业公司工会", "青松矿业长沙有限公司举办活动。", null)]                                        // a subsidiary named after a place
    public void A_company_written_short_takes_its_legal_name_with_its_business_words(string union, string text, string? name) =>
        Assert.Equal(name, Organisations.Names.LegalNameWrittenInFull(union, [text]));
}
