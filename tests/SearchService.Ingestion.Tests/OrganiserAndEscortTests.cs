using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Who holds an event and who only goes along (thirty-second round, orgs34). An organiser statement 由甲主办、乙承办
/// has two parts though no comma parts them: the host is 甲, the undertaker 乙, and of unions of different levels the
/// host above is labelled ("Several levels acting together"). When neither the headline nor the lead's first sentence
/// names a union acting, the statement further on still names who holds the event — not the undertaker named more often
/// among the winners. A union that only escorts (陪同) a union's visit to a company, not the company's own union, does
/// not take the report from the visitor who hands something over there (conv22 (1), (3)). Own sentences.
/// </summary>
public class OrganiserAndEscortTests
{
    [Fact]
    public void The_host_above_the_undertaker_holds_the_event_in_the_lead() =>
        Assert.Equal("杭州市总工会", Attribute("职工篮球赛开赛",
            "近日，由杭州市总工会主办、西湖区总工会承办的职工篮球赛在西湖区体育馆开赛。",
            "西湖区总工会代表队、拱墅区总工会代表队分获冠亚军，西湖区总工会获优秀组织奖。").Organisation);

    [Fact]
    public void An_organiser_statement_at_the_end_names_who_holds_an_event_the_lead_gives_no_union() =>
        Assert.Equal("江西省总工会", Attribute("全省职工冰上拔河比赛在南昌举行",
            "12月20日，江西省职工冰雪活动启动仪式暨全省职工拔河比赛在南昌市举行。来自各地市和产业工会的16支代表队参赛。",
            "经过激烈角逐，南昌市总工会代表队获得第一名，九江市总工会代表队获得第二名；南昌市总工会、赣州市总工会等10家单位获优秀组织奖。",
            "此次比赛由江西省总工会主办、南昌市总工会承办。").Organisation);

    [Fact]
    public void A_lone_host_further_on_is_not_read_as_holding_it_with_others() =>
        Assert.NotEqual("", Attribute("全省职工冰上拔河比赛在南昌举行",
            "12月20日，江西省职工冰雪活动启动仪式暨全省职工拔河比赛在南昌市举行。",
            "南昌市总工会代表队获得第一名。", "此次比赛由江西省总工会主办。").Organisation);

    [Fact]
    public void A_union_escorting_a_visit_to_a_company_does_not_take_the_visitors_award() =>
        Assert.Equal("宁波市总工会", Attribute("3月2日上午，宁波市总工会副主席李某某莅临浙江某某科技公司参观考察",
            "3月2日上午，宁波市总工会副主席李某某莅临浙江某某科技公司参观考察，为公司颁授“职工书屋”牌匾。余姚市总工会副主席张某、王某陪同，公司总经理助理赵某、工会主席钱某接待了李某某一行。",
            "该公司职工书屋成立于2019年，是余姚市图书馆的流动点。").Organisation);
}
