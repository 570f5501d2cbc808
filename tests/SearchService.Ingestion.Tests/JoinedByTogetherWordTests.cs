using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A union opening the lead joined to another union by a word of doing it together (联合, 联动, 携手, 会同), with only its
/// own people between them (某市总工会副主席某某带队联动某州总工会…): the two act together as unions listed with 、 do
/// (conv28 (1)) — of two provinces, no organisation; of one area's levels, the highest.
/// </summary>
public class JoinedByTogetherWordTests
{
    [Theory]
    [InlineData("1月10日，温州市总工会联合贵州省黔西南州总工会、黔西南州驻温州联络处组成慰问组，走访慰问黔西南籍在温务工人员。")]
    [InlineData("春节将至，温州市总工会党组成员、副主席李某带队联动黔西南州总工会，前往鹿城区某街道看望在温务工的黔西南籍职工。")]
    [InlineData("近日，温州市总工会携手黔西南州总工会开展东西部协作送温暖活动。")]
    public void Unions_of_two_provinces_joined_by_a_together_word_give_no_organisation(string lead) =>
        Assert.All(OrganisationByBothScorings("东西部协作送温暖", lead, "活动现场，工作人员为务工人员送上慰问品和新春祝福。"),
            organisation => Assert.Equal("", organisation));

    [Fact]
    public void Their_region_is_the_ground_of_the_union_that_brings_the_other_along()
    {
        // The guests' prefecture is named more often (黔西南籍, 黔西南州驻温州联络处), but the workers are served where the leader is.
        var attribution = Attribute("东西部协作送温暖",
            "春节将至，温州市总工会党组成员、副主席李某带队联动贵州省黔西南州总工会、黔西南州驻温州联络处，前往鹿城区某街道看望黔西南籍务工人员。",
            "活动传递了温州、黔西南州两地工会的关爱，黔西南籍职工代表表示感谢。");
        Assert.Equal("", attribution.Organisation);
        Assert.Equal("浙江省/温州市", attribution.Region);
    }

    [Fact]
    public void A_city_union_joined_to_its_county_union_is_the_citys_work() =>
        Assert.All(OrganisationByBothScorings("送清凉进工地",
                "7月12日，湖州市总工会联合安吉县总工会走进某工地，为一线建设者送去清凉物资。", "职工们纷纷表示感谢。"),
            organisation => Assert.Equal("湖州市总工会", organisation));

    [Theory]
    // 、县委宣传部携手…: the word joins the list that ends with the department, not the union opening the sentence.
    [InlineData("近日，安吉县总工会、县委宣传部携手湖州市总工会启动户外劳动者暖冬行动。", true)]
    // 携手某市总工会宣教部: the partner's department helps; the county union acts.
    [InlineData("近日，安吉县总工会携手湖州市总工会宣教部、基层部启动户外劳动者暖冬行动。", true)]
    // A bureau is no union: one union acting with a partner.
    [InlineData("近日，安吉县总工会联合县人社局启动户外劳动者暖冬行动。", false)]
    public void The_together_word_joins_only_the_subject_and_a_union(string lead, bool subjectKeepsIt)
    {
        var mentions = Organisations.Names.Find(lead);
        Assert.Equal(JointAction.None, JointActions.In(lead, lead.Length, mentions) & JointAction.ListedTogether);
        if (subjectKeepsIt) Assert.Equal("安吉县总工会", Attribute("户外劳动者暖冬行动启动", lead, "首批驿站已向户外劳动者开放。").Organisation);
    }

    [Theory]
    [InlineData("近日，温州市总工会联合黔西南州总工会开展送温暖活动。")]
    [InlineData("近日，温州市总工会党组成员、副主席李某带队联动黔西南州总工会开展送温暖活动。")]
    public void The_shape_is_read_as_unions_listed_together(string lead) =>
        Assert.Equal(JointAction.ListedTogether, JointActions.In(lead, lead.Length, Organisations.Names.Find(lead)) & JointAction.ListedTogether);
}
