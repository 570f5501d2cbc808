using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Round 25 (actors26): which union acts when a visit names the unions it inspects, when a study visit's host union is
/// never named, and when an area's lower unions act each for its part under a headline of the area's unions. Each case
/// is read by the hand-set scoring and by the shipped weights.
/// </summary>
public sealed class VisitedAndAreaUnitsTests
{
    [Fact]
    public void The_union_a_visit_names_as_what_it_inspects_is_the_host_wherever_the_visit_goes()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("杭州市总工会检查指导华光电力公司民主管理工作",
                "4月2日，杭州市总工会副主席王某一行，到滨江光电研究院有限公司，调研华光电力公司工会、光电研究院工会民主管理工作。王某指出，民主管理关系企业发展大局。"),
            o => Assert.Equal("华光电力公司工会", o));
    }

    [Fact]
    public void A_visit_to_an_enterprise_whose_union_only_escorts_or_that_hands_something_over_stays_the_visitors()
    {
        // Counter-case: the enterprise's union escorts; the visit inspects no union.
        Assert.All(TestAttributor.OrganisationByBothScorings("杭州市总工会领导到华光电力公司调研",
                "4月2日，杭州市总工会副主席王某一行，到华光电力公司调研民主管理情况，华光电力公司工会主席李某陪同调研。",
                "调研组先后来到公司车间、职工食堂和职工书屋。"),
            o => Assert.Equal("杭州市总工会", o));
        // Counter-case: a visit that hands something over is the visitor's, its union named after 慰问 or not.
        Assert.All(TestAttributor.OrganisationByBothScorings("杭州市总工会走访慰问华光电力公司职工",
                "1月9日，杭州市总工会副主席王某一行，到华光电力公司慰问困难职工，送去慰问金，华光电力公司工会主席李某陪同。"),
            o => Assert.Equal("杭州市总工会", o));
    }

    [Theory]
    [InlineData("副主席王某一行，到某公司调研", "某公司，")]
    [InlineData("副主席王某，市委常委李某，到某公司调研", null)]
    public void A_party_set_off_by_a_comma_still_goes(string text, string? wayStart)
    {
        var visit = VisitConvention.VisitAfter(text, 0);
        if (wayStart is null) Assert.Null(visit);
        else Assert.StartsWith(wayStart[..^1], visit!.Value.Way);
    }

    [Fact]
    public void A_study_visit_told_from_the_hosts_side_whose_host_union_is_not_named_is_nobodys()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("",
                "5月8日，淳安县总工会一行来我县考察工会工作。在县工会服务中心，考察组详细了解了中心的服务项目。",
                "座谈会上，县委常委、总工会主席李某介绍了我县工会基本情况。"),
            o => Assert.Equal("", o));
        // Counter-case: the host's union named presenting its work is the host's.
        Assert.All(TestAttributor.OrganisationByBothScorings("",
                "5月8日，淳安县总工会一行来我县考察工会工作，桐庐县总工会主席李某介绍了有关情况。"),
            o => Assert.Equal("桐庐县总工会", o));
        // Counter-case: a visit that hands something over is the visitor's, told from either side.
        Assert.All(TestAttributor.OrganisationByBothScorings("",
                "1月8日，淳安县总工会一行来我县开展送温暖慰问活动，看望慰问困难职工，并考察工会工作。"),
            o => Assert.Equal("淳安县总工会", o));
    }

    [Fact]
    public void An_areas_lower_unions_acting_each_for_its_part_under_its_unions_headline_are_nobodys()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("西湖区各级工会为室外职工送清凉",
                "入伏以来，气温连日走高，不少职工仍在室外作业。",
                "为给室外作业的职工降温，西湖区各街道总工会、物流行业工联会纷纷上门，递上绿豆汤和藿香正气水。"),
            o => Assert.Equal("", o));
        // Counter-case: the district's own union acting in the lead keeps the news.
        Assert.All(TestAttributor.OrganisationByBothScorings("西湖区各级工会为室外职工送清凉",
                "近日，杭州市西湖区总工会联合区人社局开展送清凉活动，为环卫工人送去防暑用品。"),
            o => Assert.Equal("杭州市西湖区总工会", o));
    }

    [Fact]
    public void A_citys_unions_headline_then_its_counties_unions_each_acting_is_nobodys()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("湖州市各级工会积极开展五一系列活动",
                "“五一”前夕，湖州市各级工会积极组织开展形式多样的庆祝活动。",
                "德清县总工会举办职工运动会；长兴县总工会举办文艺晚会；安吉县总工会举办劳模座谈会。"),
            o => Assert.Equal("", o));
        // Counter-case: the city's own union acting first in the lead leads its area's unions.
        Assert.All(TestAttributor.OrganisationByBothScorings("湖州市各级工会投入灾后重建",
                "一段时间以来，多地出现洪涝灾害。湖州市总工会第一时间作出部署，下发慰问金。",
                "德清县总工会开展慰问活动；长兴县总工会筹集救灾物资。"),
            o => Assert.Equal("湖州市总工会", o));
        // Counter-case: alone, with only the city's union after it, the city's unions are led by the city's union.
        Assert.All(TestAttributor.OrganisationByBothScorings("湖州市各级工会积极开展五一系列活动",
                "“五一”前夕，湖州市各级工会积极组织开展形式多样的庆祝活动，市总工会举办了劳模座谈会。"),
            o => Assert.Equal("湖州市总工会", o));
    }
}
