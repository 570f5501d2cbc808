using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// 由县总工会、县人社局主办: a union named first among the units an organising verb closes on organises the event as a
/// union named alone before 主办 does (thirty-first round, orgs33), so it outweighs a city union whose officer only
/// attends the opening in the lead. A clause break before the verb (由县总工会推荐，某局主办评选) keeps the plain reading. Own sentences.
/// </summary>
public class CoOrganisersTests
{
    private static readonly string[] Contest =
    [
        "10月12日,宁津县2021年职工职业技能竞赛开幕式在县技工学校举行。市总工会党组成员、副主席赵某某,县人大常委会副主任刘某某及全县20家企业的60名职工参加。",
        "据了解,此次技能竞赛由县总工会、县人力资源和社会保障局主办,县技工学校承办,为期1天。",
    ];

    [Theory]
    [InlineData("此次竞赛由宁津县总工会、宁津县人力资源和社会保障局主办。")]
    [InlineData("此次竞赛由宁津县总工会和宁津县人力资源和社会保障局共同主办。")]
    [InlineData("此次竞赛由宁津县总工会主办。")]                                   // as before
    public void The_first_of_several_organisers_organises(string text) =>
        Assert.Equal(OrganisationRole.Organiser, Organisations.Names.Find(text).First(m => m.Name.EndsWith("总工会", StringComparison.Ordinal)).Role);

    [Fact]
    public void A_clause_break_keeps_the_plain_reading() =>
        Assert.NotEqual(OrganisationRole.Organiser,
            Organisations.Names.Find("候选人由宁津县总工会推荐，宁津县人力资源和社会保障局主办评选。").First(m => m.Name.EndsWith("总工会", StringComparison.Ordinal)).Role);

    [Fact]
    public void The_county_union_organising_outweighs_the_city_union_attending() =>
        Assert.All(OrganisationByBothScorings("宁津县2021年职工职业技能竞赛", Contest), name => Assert.Equal("宁津县总工会", name));

    [Fact]
    public void The_same_in_traditional_script() =>
        Assert.All(OrganisationByBothScorings("寧津縣2021年職工職業技能競賽",
            "10月12日,寧津縣2021年職工職業技能競賽開幕式在縣技工學校舉行。市總工會黨組成員、副主席趙某某,縣人大常委會副主任劉某某及全縣20家企業的60名職工參加。",
            "據了解,此次技能競賽由縣總工會、縣人力資源和社會保障局主辦,縣技工學校承辦,為期1天。"), name => Assert.Equal("宁津县总工会", name));
}
