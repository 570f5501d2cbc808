using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// General unions the headline or the lead make act together as equals (several unions named one after another, then
/// 联合, 共同, 相继, 分别 …): the report has no organisation, decided before any candidate is scored.
/// </summary>
public class JointActionTests
{
    [Theory]
    [InlineData("近日，青川县总工会、平武县总工会相继开展职工技能比武，两县三百余名职工参赛。")]
    [InlineData("为做好节日慰问，中秋前夕，市总工会、东城区总工会、南湖县总工会分别深入企业走访困难职工。")]
    [InlineData("5月8日，安吉县总工会和德清县总工会在莫干山联合举办青年职工联谊会。")]
    public void General_unions_listed_then_acting_together_give_no_organisation(string lead) =>
        Assert.Equal("", Attribute("职工联谊活动温暖人心", lead, "活动现场气氛热烈，职工们纷纷表示收获满满。").Organisation);

    [Fact]
    public void The_together_can_follow_a_caption_paragraph()
    {
        var attribution = Attribute("冬至家宴暖人心",
            "12月21日，在海河街道党群服务中心，环卫工人一起包饺子。",
            "冬至到来之际，安吉县总工会、德清县总工会等单位共同开展关爱户外劳动者活动。");
        Assert.Equal("", attribution.Organisation);
    }

    [Fact]
    public void A_district_union_with_its_street_and_community_unions_is_the_districts_work()
    {
        // Levels of one area acting together are the highest one's (LevelsTogetherTests); until the twenty-fourth round
        // this shape was joint and empty, against the labels' convention of the twenty-first.
        var attribution = Attribute("冬至家宴暖人心",
            "12月21日，在海河街道党群服务中心，环卫工人一起包饺子。",
            "冬至到来之际，河西区总工会、海河街道总工会、柳林社区联合工会等单位共同开展关爱户外劳动者活动。");
        Assert.Equal("天津市河西区总工会", attribution.Organisation);
    }

    [Theory]
    // A union with a bureau or an association is one union acting with partners: the union.
    [InlineData("近日，安吉县总工会与县人社局联合举办职工技能大赛。", "安吉县总工会")]
    // A general union with an enterprise's or a sector's union under it: the general union leads.
    [InlineData("近日，安吉县总工会和安吉某某集团公司工会联合开展送清凉活动。", "安吉县总工会")]
    // Two unions named, but not doing it together: the first acts, the other is where it went.
    [InlineData("近日，安吉县总工会走访德清县总工会，交流职工服务经验。", "安吉县总工会")]
    public void A_general_union_acting_with_partners_keeps_its_report(string lead, string expected) =>
        Assert.Equal(expected, Attribute("职工活动有声有色", lead, "活动受到职工欢迎。").Organisation);

    [Fact]
    public void A_headline_naming_one_union_acting_keeps_it()
    {
        Assert.Equal("安吉县总工会", Attribute("安吉县总工会牵头两县技能比武",
            "近日，安吉县总工会、德清县总工会相继开展职工技能比武。", "两县三百余名职工参赛。").Organisation);
    }

    [Theory]
    [InlineData("近日，青川县总工会、平武县总工会相继开展职工技能比武。", "ListedTogether")]
    [InlineData("活动由县委宣传部、市总工会、团市委、东城区总工会主办。", "OrganisersListed")]
    [InlineData("浙江省、湖州市、安吉县三级总工会组成慰问组走访一线职工。", "LevelsTogether")]
    [InlineData("近日，湖州市总工会、嘉兴市总工会签署职工疗休养合作协议。", "ListedSubject")]
    [InlineData("近日，安吉县总工会与县人社局联合举办职工技能大赛。", "None")]
    public void Each_co_action_shape_is_read_from_the_sentence(string sentence, string expected)
    {
        var mentions = Organisations.Names.Find(sentence);
        Assert.Equal(Enum.Parse<JointAction>(expected), JointActions.In(sentence, sentence.Length, mentions));
    }
}
