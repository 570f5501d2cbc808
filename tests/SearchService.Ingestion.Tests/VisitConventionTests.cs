using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A visit between unions settled by the labels' convention (VisitConvention, conv22): the visitor's when it hands
/// something over, makes a study trip of its own or goes to another province; the host's when the host reports, chairs
/// or is what is visited (its 工会工作, its premises), or when a study visit is told from its side; the visitor's when
/// it tours units and the host only escorts. Each case is read by the hand-set scoring and by the shipped weights.
/// </summary>
public sealed class VisitConventionTests
{
    [Fact]
    public void A_visit_that_hands_something_over_is_the_visitors_even_when_the_host_escorts()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("省总工会领导到桐庐县开展宣讲",
                "3月2日，浙江省总工会副主席王某一行到桐庐县调研并宣讲工会代表大会精神，桐庐县总工会主席李某陪同调研。",
                "宣讲会上，王某结合工作实际作了辅导。"),
            o => Assert.Equal("浙江省总工会", o));
    }

    [Fact]
    public void An_inspection_of_the_hosts_union_work_is_the_hosts()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("市总工会领导来桐庐调研工会工作",
                "5月8日，杭州市总工会副主席王某一行来桐庐调研工会工作。桐庐县总工会主要负责人陪同。",
                "调研组先后来到某镇职工之家、某公司和县工人文化宫，听取情况汇报。"),
            o => Assert.Equal("桐庐县总工会", o));
        // The host presenting its work to the visitor receives it, whatever the visit's words.
        Assert.All(TestAttributor.OrganisationByBothScorings("市总工会领导到桐庐县走访",
                "5月8日，杭州市总工会副主席王某一行到桐庐县走访，桐庐县总工会主席李某陪同。",
                "座谈会上，桐庐县总工会主席李某就全县工会组织建设情况作了汇报。"),
            o => Assert.Equal("桐庐县总工会", o));
    }

    [Theory]
    [InlineData('，')]
    [InlineData(',')]
    public void An_escort_in_a_clause_of_its_own_hides_no_visit(char comma)
    {
        // The host's premises inspected: the host's, whichever comma sets the escort off.
        Assert.All(TestAttributor.OrganisationByBothScorings("市总工会领导视察桐庐县职工服务中心",
                $"5月8日{comma}杭州市总工会副主席王某{comma}在桐庐县委副书记张某、桐庐县总工会主席李某等陪同下{comma}到桐庐县职工服务中心视察指导工作。",
                $"王某一行察看了中心的服务窗口{comma}对桐庐县总工会的帮扶工作给予肯定。"),
            o => Assert.Equal("桐庐县总工会", o));
        // Counter-case: the same escorted visit handing something over is the visitor's.
        Assert.All(TestAttributor.OrganisationByBothScorings("市总工会领导到桐庐县慰问困难职工",
                $"1月8日{comma}杭州市总工会副主席王某{comma}在桐庐县委副书记张某、桐庐县总工会主席李某等陪同下{comma}到桐庐县慰问困难职工。",
                $"王某一行为困难职工送去慰问金{comma}桐庐县总工会相关负责人参加慰问。"),
            o => Assert.Equal("杭州市总工会", o));
    }

    [Fact]
    public void A_tour_of_units_with_the_host_only_escorting_is_the_visitors()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("区总工会领导到镇走访调研",
                "6月3日，杭州市余杭区总工会副主席王某一行来瓶窑镇开展走访活动，瓶窑镇总工会副主席李某陪同调研。",
                "一行人先后来到镇便民服务中心、某纺织厂和某科技公司，与企业负责人座谈交流。"),
            o => Assert.Equal("杭州市余杭区总工会", o));
        // Counter-case: the same visit to the town's union work is the town union's.
        Assert.All(TestAttributor.OrganisationByBothScorings("区总工会领导到镇调研工会工作",
                "6月3日，杭州市余杭区总工会副主席王某一行来瓶窑镇调研工会工作，瓶窑镇总工会副主席李某陪同调研。",
                "一行人先后来到镇便民服务中心、某纺织厂和某科技公司，与企业负责人座谈交流。"),
            o => Assert.Equal("杭州市余杭区瓶窑镇总工会", o));
    }

    [Fact]
    public void A_study_visit_is_the_hosts_told_from_its_side_and_the_visitors_told_from_its_own()
    {
        // 到我州…考察交流: the writer is the one visited, and its union is written bare.
        Assert.All(TestAttributor.OrganisationByBothScorings("温州市总工会到黔西南州开展考察交流",
                "近日，温州市总工会到我州对接协作工作，并召开交流座谈会。州人大常委会副主任、州总工会主席王某，温州市总工会副主席李某出席座谈会。",
                "两地工会自签订合作协议以来，保持经常性信息互通。"),
            o => Assert.Equal("黔西南布依族苗族自治州总工会", o));
        // Counter-case: the visitor's own account of its study trip (前往某区交流) is its own programme.
        Assert.All(TestAttributor.OrganisationByBothScorings("某县总工会一行前往某区交流工会工作",
                "5月8日，淳安县总工会一行前往杭州市西湖区交流工会工作，杭州市西湖区总工会主席李某介绍了有关情况。"),
            o => Assert.Equal("淳安县总工会", o));
    }

    [Fact]
    public void A_headline_visit_to_a_union_by_name_is_the_hosts_even_on_a_tour_of_its_stations()
    {
        // 甲镇总工会赴乙街道总工会开展调研 (thirty-second round, orgs32): the union gone to, named in the headline, is what is
        // visited (conv22 (2)), though the lead then tours its stations.
        Assert.All(TestAttributor.OrganisationByBothScorings("泗泾镇总工会赴江川路街道总工会开展调研",
                "6月5日下午，泗泾镇总工会副主席李某一行来到闵行区江川路街道总工会，先后走访了位于园区的户外职工工作站、党群服务阵地。",
                "镇总工会干事参加调研。"),
            o => Assert.Equal("上海市闵行区江川路街道总工会", o));
        // Counter-case: the same trip handing something over is the visitor's (its district is not this test's matter).
        Assert.All(TestAttributor.OrganisationByBothScorings("泗泾镇总工会赴江川路街道总工会慰问户外劳动者",
                "6月5日下午，泗泾镇总工会副主席李某一行来到闵行区江川路街道总工会，为户外劳动者送去清凉用品。"),
            o => Assert.EndsWith("泗泾镇总工会", o));
    }

    [Fact]
    public void A_visit_to_another_province_told_by_the_visitor_is_the_visitors()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("杭州市总工会赴某县考察",
                "8月1日，杭州市总工会副主席王某一行赴西藏那曲市色尼区调研指导工会援藏工作，那曲市色尼区总工会主席李某介绍了有关情况。"),
            o => Assert.Equal("杭州市总工会", o));
    }

    [Fact]
    public void A_visit_does_not_move_the_choice_to_a_union_whose_place_only_opens_an_enterprises_name()
    {
        // 到浙江省某盐场慰问: the province's union is the visitor's own higher union, not a host.
        Assert.All(TestAttributor.OrganisationByBothScorings("慰问困难职工",
                "1月9日，浙江省总工会副主席，省建设工会主席王某一行到浙江省某某盐场有限公司慰问困难职工，送去生活用品。"),
            o => Assert.Equal("浙江省总工会", o));
    }

    [Theory]
    [InlineData("一行来万年调研工会工作", "万年", true)]
    [InlineData("一行到我州对接工作", "我州", true)]
    [InlineData("一行前往广信区交流工会工作", "广信区", false)]
    [InlineData("一行来到某公司调研", "某公司", false)]
    public void The_way_a_visit_goes_and_whose_side_tells_it(string text, string way, bool fromHost)
    {
        var visit = VisitConvention.VisitAfter(text, 0);
        Assert.NotNull(visit);
        Assert.Equal(way, visit!.Value.Way);
        Assert.Equal(fromHost, visit.Value.FromHostSide);
    }

    // An escort written as a clause of its own between the party and its way (某某，在某某陪同下，到…), with either comma.
    [Theory]
    [InlineData("副主席王某，在县总工会主席李某等陪同下，到某县帮扶中心视察工作", "某县帮扶中心")]
    [InlineData("副主席王某,在县总工会主席李某等陪同下,到某县帮扶中心视察工作", "某县帮扶中心")]
    [InlineData("副主席王某一行，在县委副书记李某陪同下，来某镇调研", "某镇")]
    [InlineData("副主席王某一行,在县委副书记李某陪同下来某镇调研", "某镇")]
    public void An_escort_clause_before_the_way_still_lets_the_party_go(string text, string way)
    {
        var visit = VisitConvention.VisitAfter(text, 0);
        Assert.NotNull(visit);
        Assert.Equal(way, visit!.Value.Way);
    }

    [Theory]
    [InlineData("组织职工到某基地参观学习")]
    [InlineData("主席王某，在县委陪同下，组织职工到某基地参观学习")]
    [InlineData("主席王某，在会上要求各级工会到基层调研")]
    [InlineData("召开会议，部署到基层调研工作")]
    public void Organising_a_visit_or_a_visit_word_after_a_comma_is_no_visit(string text) =>
        Assert.Null(VisitConvention.VisitAfter(text, 0));
}
