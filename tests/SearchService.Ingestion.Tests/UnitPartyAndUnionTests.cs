using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A unit's party committee and its union acting together (某某煤矿党委、工会联合开展…, 该公司党委和工会): the 工会 is the
/// unit's own union, written out with the enterprise the text gives the unit. The units are made up; the sentences are
/// written for these tests.
/// </summary>
public class UnitPartyAndUnionTests
{
    [Theory]
    [InlineData("青峦煤矿党委、工会联合开展安全知识竞赛。", "青峦煤矿工会")]
    [InlineData("3月6日，青峦煤矿党委和工会组织女职工开展健康讲座。", "青峦煤矿工会")]
    [InlineData("近日，该矿党委、工会联合开展亲情助安活动。", OrganisationNames.MineUnion)]
    public void The_unions_after_a_units_party_committee_are_the_units(string text, string name) =>
        Assert.Contains(name, Organisations.Names.Find(text).Select(m => m.Name));

    [Theory]
    [InlineData("在各级党委、工会的关心支持下，职工书屋建设不断推进。")]
    [InlineData("党委、工会、团委齐抓共管，形成了工作合力。")]
    public void No_unit_before_the_party_committee_names_no_union(string text) => Assert.Empty(Organisations.Names.Find(text));

    [Fact]
    public void A_mine_whose_party_committee_and_union_act_together_is_the_mines_unions_report() =>
        Assert.All(OrganisationByBothScorings("安全知识竞赛进班组",
                "3月6日，青峦煤矿党委、工会联合开展“安全生产月”知识竞赛，全矿12个区队的80余名职工参赛。",
                "竞赛分为必答题、抢答题和风险题三个环节。"),
            o => Assert.Equal("青峦煤矿工会", o));

    [Fact]
    public void The_unit_takes_the_enterprise_the_text_writes_it_with() =>
        Assert.All(OrganisationByBothScorings("女职工亲情助安活动走进矿区",
                "宏兴公司青峦煤矿共有女职工300余名。",
                "3月8日，青峦煤矿党委、工会联合开展“亲情助安”活动，组织职工家属走进区队，为一线职工送去安全嘱托。"),
            o => Assert.Equal("宏兴公司青峦煤矿工会", o));

    [Fact]
    public void This_mines_party_committee_and_union_are_the_mine_the_text_names() =>
        Assert.All(OrganisationByBothScorings("女职工亲情助安活动走进矿区",
                "宏兴公司青峦煤矿共有女职工300余名。",
                "3月8日，该矿党委、工会联合开展“亲情助安”活动，组织职工家属走进区队，为一线职工送去安全嘱托。"),
            o => Assert.Equal("宏兴公司青峦煤矿工会", o));
}
