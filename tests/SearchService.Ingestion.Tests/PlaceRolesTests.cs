using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// What a place does in its sentence: the area a purpose clause serves is the writer's own; and a province's sector
/// union stays the province's whichever city it visits.
/// Sentences written for these tests.
/// </summary>
public class PlaceRolesTests
{
    [Fact]
    public void The_area_a_purpose_clause_serves_settles_a_bare_city_union()
    {
        var found = Attribute("市总工会开展劳模疗休养活动",
            "近日，市总工会组织二十名劳模代表赴武汉参加疗休养活动。",
            "劳模们纷纷表示，回到岗位后将以更饱满的热情为宜昌经济社会发展贡献力量。");
        Assert.Equal(("宜昌市总工会", "湖北省/宜昌市"), (found.Organisation, found.Region));
    }

    [Fact]
    public void Without_a_purpose_clause_the_first_named_city_stays()
    {
        var found = Attribute("市总工会开展劳模疗休养活动",
            "近日，市总工会组织二十名劳模代表赴武汉参加疗休养活动。",
            "劳模们还参观了宜昌的一家企业。");
        Assert.Equal("湖北省/武汉市", found.Region);
    }

    [Fact]
    public void PlaceRoles_count_a_served_area_twice_and_other_mentions_once()
    {
        var text = "希望大家为合肥高质量发展作出贡献，南京的专家也表示祝贺。";
        var mentions = GazetteerTests.Places.Mentions(text);
        Assert.Equal([PlaceRoles.ServedAreaWeight, 1], mentions.Select(m => PlaceRoles.Weight(text, m)));
    }

    [Fact]
    public void A_provinces_sector_union_stays_the_provinces_in_the_city_it_visits()
    {
        var found = Attribute("交通职工收到清凉慰问",
            "近日，江西省交通工会副主席一行来到上饶市，走访慰问上饶市广丰区、玉山县的高速公路收费站一线职工。");
        Assert.Equal(("江西省交通工会", "江西省"), (found.Organisation, found.Region));
    }

    [Fact]
    public void An_enterprise_union_named_with_its_province_is_placed_where_its_text_happens()
    {
        var found = Attribute("电力职工收到清凉慰问",
            "近日，江西省电力公司工会来到上饶市，走访慰问上饶市广丰区、玉山县的变电站一线职工。");
        Assert.Equal("江西省电力公司工会", found.Organisation);
        Assert.Equal("江西省/上饶市", found.Region);
    }

    [Theory]
    [InlineData("江西省交通工会", "江西省", true)]
    [InlineData("河南省财贸轻纺烟草工会", "河南省", true)]
    [InlineData("新疆维吾尔自治区纺织服装产业工会", "新疆维吾尔自治区", true)]
    [InlineData("江西省电力公司工会", "江西省", false)]
    [InlineData("江西省总工会", "江西省", false)]
    [InlineData("福建邮政工会", "福建省", false)]
    [InlineData("上饶市交通工会", "江西省/上饶市", false)]
    public void ProvincialSectorUnion_is_named_with_the_province_then_its_sector(string name, string province, bool expected) =>
        Assert.Equal(expected, ProvincialSectorUnion.Is(name, province));
}
