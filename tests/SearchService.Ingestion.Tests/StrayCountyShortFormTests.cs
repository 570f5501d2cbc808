using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A county's short form that is two characters of an enterprise's name (西山 in a plant's name) places nothing when the
/// page it stands on names another province's places and nothing of that county's province; on sentences written for
/// these tests.
/// </summary>
public class StrayCountyShortFormTests
{
    [Fact]
    public void A_county_short_form_with_its_own_province_beside_it_still_places_the_text()
    {
        // 灯塔 is also 辽宁's 灯塔市; with 辽阳 written it is a county of a province the text names, and stays a place.
        var attribution = Attribute("园区职工技能大赛落幕",
            "本报讯 近日，辽阳市以“点亮灯塔 逐梦前行”为主题的职工技能大赛在灯塔圆满落幕。",
            "各基层工会选派选手参赛，12家单位获得优秀组织奖。");
        Assert.StartsWith("辽宁省/辽阳市", attribution.Region);
    }

    [Fact]
    public void An_items_enterprise_named_like_another_provinces_county_takes_the_pages_area()
    {
        // 西山 is 昆明's 西山区 too; the page's other items name two districts of 太原 in full and nothing of 云南.
        string[] first = ["春节来临，全市各级工会启动送温暖活动。", "在西山焦化厂生产一线，市总工会慰问团为一线职工送上慰问品。"];
        string[] page =
        [
            .. first,
            "近日，小店区总工会慰问团来到户外劳动者驿站，为环卫工人送上手套和护膝。",
            "日前，晋源区总工会走访困难职工家庭，送去米、面、油等慰问物品。",
        ];
        var attribution = AttributeItem("在西山焦化厂生产一线", first, page);
        Assert.NotEqual("云南省", attribution.Region?.Split('/')[0]);
        Assert.Equal("山西省/太原市", attribution.Region);
    }
}
