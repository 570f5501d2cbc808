using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A county's short form that is two characters of a slogan or of an enterprise's name (灯塔 in a quoted theme, 西山 in a
/// plant's name) places nothing when the text, or the page it stands on, names another province surely and nothing else
/// of that county's province; a province's short form right before such a county's opens an enterprise's name, and is
/// no surer than the county's; on sentences written for these tests.
/// </summary>
public class StrayCountyShortFormTests
{
    [Fact]
    public void A_municipalitys_short_form_outweighs_a_county_short_form_inside_a_quoted_theme()
    {
        // 灯塔 is also 辽宁's 灯塔市; 重庆, a short form that is only a place, names the municipality as its full name would.
        var attribution = Attribute("园区职工技能大赛落幕",
            "本报讯 近日，以“点亮灯塔 逐梦前行”为主题的重庆港务物流园区职工技能大赛圆满落幕。",
            "园区各基层工会选派选手参赛，12家单位获得优秀组织奖。");
        Assert.Equal("重庆市", attribution.Region);
    }

    [Fact]
    public void An_enterprise_named_by_a_province_and_a_far_countys_short_form_keeps_its_name()
    {
        // 长丰 is also 安徽's 长丰县; in 湖北长丰精工 it is two characters of the enterprise's name after its province, which
        // makes 湖北 no surer a place than 长丰: were 长丰 stray, the shorter 长丰精工公司工会 would lose its place and the
        // words before the province (a parent group's) would win as the name, with the learnt weights the service runs.
        var attribution = Shipped.Attribute(new AttributionInput("news/a.txt", "", null, [
            "春风送暖，节日欢乐多。3月6日，在国际劳动妇女节来临之际，中国航天工业 集团精工集团湖北长丰精工有限公司工会举办了女职工健步走比赛。"
            + "共有12个分工会、260余名女职工参加了比赛。节日前夕，长丰精工公司工会女职工委员会还为女职工送上了健康读本。"], null));
        Assert.Equal("湖北长丰精工有限公司工会", attribution.Organisation);
        Assert.Equal("湖北省", attribution.Region);
    }

    [Theory]
    // A group's words, then the province opening the enterprise's own name: the union is the enterprise's, from its
    // province, whichever place the county short form inside its name is read as.
    [InlineData("中国航天工业 集团精工集团湖北长丰精工有限公司工会举办了女职工健步走比赛。", "湖北长丰精工有限公司工会")]
    [InlineData("南方材料集团浙江远帆纺织有限公司工会组织职工参观学习。", "浙江远帆纺织有限公司工会")]
    public void A_groups_words_before_the_province_opening_an_enterprises_name_are_not_the_unions_name(string text, string name) =>
        Assert.Contains(name, Organisations.Names.Find(text).Select(m => m.Name));

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
