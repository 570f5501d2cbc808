using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// The unions of several provinces counted together (三省一市总工会, 两省总工会) doing something as a sentence's subject in
/// the lead's first two paragraphs: unions of two or more provinces acting together, which the labels leave with no
/// organisation whatever their levels (<see cref="JointAction.ProvincesTogether"/>, decided before scoring).
/// </summary>
public class ProvincesTogetherTests
{
    [Theory]
    [InlineData("5月8日，华东地区职工书画交流活动在安徽合肥举办。三省一市总工会共同发布了职工文化交流计划。")]
    [InlineData("近年来，两省总工会建立起定期会晤机制，江苏省总工会和浙江省总工会轮流举办交流活动。")]
    public void Unions_of_several_provinces_counted_together_give_no_organisation(string lead) =>
        Assert.Equal("", Attribute("职工文化交流活动举行", lead, "活动期间，与会代表参观了当地职工服务阵地。").Organisation);

    [Theory]
    [InlineData("三省一市总工会共同发布了职工文化交流计划。", true)]
    [InlineData("去年，两省区工会签订了合作协议。", true)]
    // Counter-cases: two places' unions (a visit between two unions is written so too), a province's own unions, a count of provinces not acting.
    [InlineData("两地工会自签订合作协议以来，保持经常性信息互通。", false)]
    [InlineData("全省工会共同发布了职工文化交流计划。", false)]
    [InlineData("来自三省一市的职工代表参加了活动。", false)]
    public void The_shape_reads_a_count_of_provinces_before_their_unions_acting(string paragraph, bool together) =>
        Assert.Equal(together, JointActions.ProvincesTogetherIn(paragraph));

    [Fact]
    public void A_visit_between_two_places_unions_keeps_its_reading()
    {
        // 两地工会 in a visit told from the host's side: the host's, not a joint action.
        var attribution = Attribute("温州市总工会到黔西南州开展考察交流",
            "近日，温州市总工会到我州对接协作工作，并召开交流座谈会。州人大常委会副主任、州总工会主席王某，温州市总工会副主席李某出席座谈会。",
            "两地工会自签订合作协议以来，保持经常性信息互通。");
        Assert.Equal("黔西南布依族苗族自治州总工会", attribution.Organisation);
    }
}
