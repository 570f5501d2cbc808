using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A visit told from the host's side: the host writes its own union bare (市总工会) and its guests in full, so the place
/// named most is often the guests'. A bare union the guests go to, or whose people receive them, is the union of the
/// one other place of its level the text names.
/// </summary>
public class BareHostTests
{
    [Fact]
    public void A_bare_union_the_guests_go_to_is_the_hosts()
    {
        var attribution = Attribute("嘉兴市总来通交流职工书屋建设",
            "9月12日上午，嘉兴市总工会副主席李某一行到市总工会学习交流。市总工会副主席王某向嘉兴市总一行介绍了职工书屋建设情况，双方就工会宣传工作进行了交流。",
            "随后，一行人参观了南通市工人文化宫的活动场馆。");
        Assert.Equal("南通市总工会", attribution.Organisation);
        Assert.Equal("江苏省/南通市", attribution.Region);
    }

    [Fact]
    public void A_bare_union_receiving_the_guests_is_the_hosts() =>
        Assert.All(OrganisationByBothScorings("宁波客人来湖考察职工服务工作",
                "日前，宁波市港口行业工会联合会代表团一行8人来湖州市考察学习。市总工会主席张某会见了代表团一行，并介绍了湖州市职工服务工作。",
                "宁波市港口行业工会联合会由宁波市十余家港口企业工会组成，宁波市港口行业工会联合会负责人表示，此行收获很大。"),
            organisation => Assert.Equal("湖州市总工会", organisation));

    [Fact]
    public void Guests_written_short_in_the_headline_coming_to_visit_are_still_guests() =>
        // 某某工会一行来湖访问 in the headline, its 工会联合会 in the text: one union in two forms, the visitor; the bare
        // union whose chair receives them is the host's (访问 a visit word, 接见 receiving it).
        Assert.All(OrganisationByBothScorings("宁波市港口行业工会一行来湖访问",
                "日前，以会长陈某为首的宁波市港口行业工会联合会代表团一行8人，来湖州市参观访问。市总工会主席张某等领导接见了代表团一行。",
                "宁波市港口行业工会联合会成立于2010年，由宁波市港口企业工会、宁波市码头职工工会等组成。在湖期间，代表团还拜会了市交通运输局工会。"),
            organisation => Assert.Equal("湖州市总工会", organisation));

    [Fact]
    public void A_lower_union_going_up_to_the_bare_union_is_no_guest() =>
        // A county's union reporting to its city's union lies inside the city: the bare 市总工会 is still 湖州's, not the
        // one other city the text names.
        Assert.All(OrganisationByBothScorings("湖州市总工会听取安吉县工作汇报",
                "3月5日，安吉县总工会主席李某一行到市总工会汇报今年工作打算。市总工会主席张某听取汇报，要求学习杭州市职工服务经验。",
                "湖州市总工会将继续支持安吉县工会工作。"),
            organisation => Assert.DoesNotContain("杭州", organisation));

    [Fact]
    public void A_bare_union_of_the_visitors_own_party_stays_theirs()
    {
        // The city's union goes to a county of its own: the bare 市总工会 is still the visitor's, no other city is named.
        var attribution = Attribute("市总工会到安吉调研",
            "5月6日，湖州市总工会主席张某一行到安吉县调研职工服务阵地建设。市总工会将继续支持基层工会建设。",
            "安吉县总工会主席李某陪同调研。");
        Assert.NotEqual("", attribution.Organisation);
        Assert.DoesNotContain("南通", attribution.Organisation);
        Assert.StartsWith("浙江省", attribution.Region);
    }
}
