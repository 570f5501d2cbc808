using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A group or a company named after the county or city it grew in, by the place's short form alone (某某集团工会,
/// 某某公司工会 where 某某 is also a county's short name), is that enterprise's union, kept as written: neither no one's
/// nor the place's general union, nor cut. The enterprises are made up; the sentences are written for these tests.
/// </summary>
public class AreaShortFormEnterpriseUnionTests
{
    [Theory]
    [InlineData("饶河集团工会", "饶河集团工会")]
    [InlineData("宝清公司工会", "宝清公司工会")]
    [InlineData("黑龙江饶河集团工会", "饶河集团工会")]     // the province before its county's short form is left out
    public void A_county_short_form_before_a_group_or_a_company_is_an_enterprises_union(string written, string name) =>
        Assert.Equal(name, Organisations.Names.Canonical(written));

    [Theory]
    [InlineData("饶河县集团工会")]     // the county written in full before the bare kind: a kind of union, no one's
    [InlineData("饶河县公司工会")]
    public void A_place_written_in_full_before_the_bare_kind_still_names_no_one(string written) =>
        Assert.Null(Organisations.Names.Canonical(written));

    [Fact]
    public void The_groups_union_is_found_in_a_sentence_whole() =>
        Assert.Equal("饶河集团工会", FirstName("3月8日，饶河集团工会组织女职工开展健康讲座。"));

    [Fact]
    public void A_report_of_the_groups_union_is_its_own_not_the_countys()
    {
        Assert.All(OrganisationByBothScorings("饶河集团工会开展冬季送温暖活动",
                "1月10日，饶河集团工会走访慰问了40户困难职工家庭，送去米面油和慰问金。",
                "饶河集团工会主席王某表示，将把帮扶工作做细做实。"),
            o => Assert.Equal("饶河集团工会", o));
        // The county's general union named too, as a guest: the report stays the group's union's.
        Assert.All(OrganisationByBothScorings("饶河集团工会举办职工技能大赛",
                "5月20日，饶河集团工会举办第三届职工技能大赛，120名职工参赛。",
                "饶河县总工会副主席李某出席开幕式并致辞。"),
            o => Assert.Equal("饶河集团工会", o));
    }

    [Fact]
    public void The_groups_report_is_placed_in_its_city()
    {
        var attribution = Attribute("宝清集团工会开展安全生产月活动",
            "6月3日，宝清集团工会在各厂区开展安全生产月宣传活动，发放宣传资料800余份。");
        Assert.Equal("宝清集团工会", attribution.Organisation);
        Assert.Equal("黑龙江省/双鸭山市", attribution.Region);
    }
}
