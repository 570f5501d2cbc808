using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>Which union acts: the one leading an area's unions, or founding a new one; on sentences written for these tests.</summary>
public class ActorChoiceTests
{
    [Theory]
    [InlineData("抗击寒潮 江西各级工会在行动", "江西省总工会")]                 // a province's short form, as headlines write it
    [InlineData("入冬以来，杭州各级工会开展送温暖活动。", "杭州市总工会")]          // a prefecture's short form
    [InlineData("入冬以来，江西省各级工会开展送温暖活动。", "江西省总工会")]        // the full name, as before
    [InlineData("入冬以来，全省各级工会开展送温暖活动。", null)]                   // no place: every union of the province
    [InlineData("入冬以来，桐庐各级工会开展送温暖活动。", null)]                   // a county's short form may be a word: none
    public void An_areas_unions_are_led_by_its_general_union_written_short_above_a_county(string text, string? name) =>
        Assert.Equal(name, Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault(n => OrganisationNames.BareLevel(n) is null));

    [Fact]
    public void A_roster_heading_of_the_national_federation_does_not_outweigh_a_provinces_round_up()
    {
        // A site's list of the federation's leaders above the headline: the headline's area leads the round-up.
        var attribution = Attributor.Attribute(new AttributionInput("news/a.txt", "抗击寒潮 江西各级工会在行动", null,
            ["王某 全国总工会主席", "入冬以来，省总工会主要领导多次作出批示，全省工会积极参与防寒保暖工作。"], null)
        { Headings = ["李某 全国总工会副主席、书记处书记", "抗击寒潮 江西各级工会在行动"] });
        Assert.Equal("江西省总工会", attribution.Organisation);
    }

    [Fact]
    public void A_union_that_is_set_up_is_filed_under_the_general_union_that_takes_part()
    {
        // 建立 at a clause's end founds the union named before it.
        Assert.Equal("桐庐县总工会", Attribute("桐庐建成首个村级工会",
            "去年5月，桐庐县分水镇新龙村联合工会建立，成为全县第一个村级工会组织。",
            "桐庐县总工会有关负责人说，村级工会让服务跟着需求走。").Organisation);
        Assert.Equal("桐庐县总工会", Attribute("桐庐建成首个村级工会",
            "去年5月，桐庐县分水镇新龙村联合工会正式组建，成为全县第一个村级工会组织。",
            "桐庐县总工会有关负责人说，村级工会让服务跟着需求走。").Organisation);
    }

    [Fact]
    public void A_union_that_sets_something_up_is_not_being_founded()
    {
        // 建立了… : the union sets up something of its own, and is the news's subject.
        Assert.Equal("桐庐县分水镇新龙村联合工会", Attribute("新龙村联合工会建立职工书屋",
            "去年5月，桐庐县分水镇新龙村联合工会建立了职工书屋，方便村民借阅。",
            "桐庐县总工会有关负责人说，村级工会让服务跟着需求走。").Organisation);
    }
}
