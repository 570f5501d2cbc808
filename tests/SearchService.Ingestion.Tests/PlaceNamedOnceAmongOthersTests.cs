using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A text whose only places are those of its people and stops, each province written once: no region. Sentences
/// written for these tests.
/// </summary>
public class PlaceNamedOnceAmongOthersTests
{
    [Fact]
    public void Guests_named_by_their_employers_in_two_provinces_place_a_national_meeting_nowhere()
    {
        var attribution = Attribute("农民工代表回“娘家”",
            "全国总工会12日召开农民工代表座谈会，浙江省温州市某某鞋业公司车间主任王华、成都某某建设公司班长李明先后发言。",
            "全总领导与代表们亲切交谈，听取意见和建议。");
        Assert.Equal("中华全国总工会", attribution.Organisation);
        Assert.Null(attribution.Region);
        Assert.Equal("none", attribution.RegionSource);
    }

    [Fact]
    public void A_companys_outings_to_three_provinces_place_it_nowhere()
    {
        var attribution = Attribute("女职工欢度节日", "三八节期间，公司各单位组织女职工开展活动。",
            "项目部女职工游览秦皇岛海底世界，另一项目部女职工在韶关市区健步走，总部女职工在天津植物园赏花。");
        Assert.Null(attribution.Region);
    }

    [Fact]
    public void One_guests_place_alone_still_places_the_text()
    {
        // Counter-case: no other province is named, so the one place is all the text says (as before).
        Assert.Equal("浙江省/温州市", Attribute("农民工代表回“娘家”",
            "全国总工会12日召开农民工代表座谈会，浙江省温州市某某鞋业公司车间主任王华先后发言。",
            "全总领导与代表们亲切交谈，听取意见和建议。").Region);
        Assert.Equal("广东省/韶关市", Attribute("女职工欢度节日", "三八节期间，公司各单位组织女职工开展活动。",
            "项目部女职工在韶关市区健步走，总部女职工在公园赏花。").Region);
    }

    [Fact]
    public void A_credit_of_another_province_is_no_other_place_of_the_text()
    {
        // Counter-case: the outlet that carried the item is no person's place and no stop; the one place written stays.
        var attribution = Attributor.Attribute(new AttributionInput("news/a.txt", "女职工欢度节日", null,
            ["三八节期间，公司女职工在韶关市区健步走，总部女职工在公园赏花。"], null) { Credits = ["来源：桐庐县融媒体中心"] });
        Assert.Equal("广东省/韶关市", attribution.Region);
    }

    [Fact]
    public void A_place_written_twice_beside_another_province_is_the_texts()
    {
        // Counter-case: the delegation's destination is named twice; the migrants' home province once.
        Assert.Equal("浙江省/温州市", Attribute("慰问团送温暖", "全国总工会慰问团来到浙江省温州市，走访慰问困难职工。",
            "在温州，慰问团还看望了来自成都的务工人员。").Region);
    }
    [Fact]
    public void Credits_naming_two_provinces_once_each_place_a_placeless_text_nowhere()
    {
        // The rule lives in PlaceCounts.Dominant, so the credits read as a text of their own follow it too: two outlets
        // of two provinces are no one place; one outlet alone still places the text.
        var attribution = Attributor.Attribute(new AttributionInput("news/a.txt", "女职工欢度节日", null,
            ["三八节期间，公司女职工在公园赏花。"], null) { Credits = ["来源：浙江省某某报、四川省某某网"] });
        Assert.Null(attribution.Region);
        var one = Attributor.Attribute(new AttributionInput("news/a.txt", "女职工欢度节日", null,
            ["三八节期间，公司女职工在公园赏花。"], null) { Credits = ["来源：四川省某某网"] });
        Assert.Equal("四川省", one.Region);
    }
}
