using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// When a division's name found inside a longer word counts as that division: a district whose whole name is a common
/// word (矿区, 郊区, 城区, 东区, 西区) only where its city is named; a county's short form right before an enterprise's
/// word (公司, 矿, 厂) only in a text that names the county's province otherwise. Sentences written for these tests.
/// </summary>
public class PlaceNameInsideWordTests
{
    private static Gazetteer Places => GazetteerTests.Places;

    [Theory]
    [InlineData("各矿区职工积极参加技能比武，矿区环境焕然一新。")]
    [InlineData("城区道路整洁，郊区农民工返乡就业。")]
    [InlineData("产业园东区和西区各建成一座职工驿站。")]
    public void A_district_named_like_a_common_word_is_the_word_alone(string text) =>
        Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("阳泉市矿区总工会举办职工运动会。", "山西省/阳泉市/矿区")]
    [InlineData("阳泉矿区总工会举办职工运动会。", "山西省/阳泉市/矿区")]
    [InlineData("铜陵市郊区总工会慰问环卫工人。", "安徽省/铜陵市/郊区")]
    [InlineData("攀枝花东区总工会开展送清凉。", "四川省/攀枝花市/东区")]
    public void A_district_named_like_a_common_word_after_its_city_is_the_district(string text, string path) =>
        Assert.Equal(path, Places.MostSpecificIn(text));

    [Fact]
    public void A_district_named_like_a_common_word_is_settled_by_its_city_named_elsewhere() =>
        Assert.Contains(Places.Mentions("矿区总工会召开全委会。", ["山西省/阳泉市"]), m => m.Path == "山西省/阳泉市/矿区");

    [Fact]
    public void A_district_named_like_a_common_word_is_not_settled_by_its_province_alone() =>
        Assert.DoesNotContain(Places.Mentions("城区总工会召开全委会。", ["山西省"]), m => m.Path.EndsWith("城区"));

    [Theory]
    [InlineData("庆安公司机械厂推行职工代表联系制度。")]
    [InlineData("某煤业花山矿工会组织女工宣讲安全知识。")]
    [InlineData("某集团平原公司的高级技师获评工匠。")]
    public void A_countys_short_form_naming_an_enterprise_alone_places_nothing(string text) =>
        Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("黑龙江绥化的庆安公司举办职工运动会。", "黑龙江省/绥化市/庆安县")]
    [InlineData("马鞍山花山矿工会组织女工宣讲安全知识。", "安徽省/马鞍山市/花山区")]
    public void A_countys_short_form_naming_an_enterprise_in_a_text_of_its_province_is_the_county(string text, string path) =>
        Assert.Contains(Places.Mentions(text), m => m.Path == path);

    [Fact]
    public void A_countys_short_form_naming_an_enterprise_is_settled_by_its_province_named_elsewhere() =>
        Assert.Contains(Places.Mentions("庆安公司工会举办职工运动会。", ["黑龙江省"]), m => m.Path == "黑龙江省/绥化市/庆安县");

    [Theory]
    [InlineData("庆安县总工会举办职工运动会。", "黑龙江省/绥化市/庆安县")]   // the county written in full
    [InlineData("庆安供电公司工会举办职工运动会。", "黑龙江省/绥化市/庆安县")] // a unit serving the county: another word between
    [InlineData("黄陵矿业公司工会举办论文评选。", "陕西省/延安市/黄陵县")]     // an enterprise opening with its area and trade
    [InlineData("近日，黄陵矿业公司工会举办论文评选。", "陕西省/延安市/黄陵县")]
    [InlineData("某某控股黄陵矿业公司工会举办论文评选。", "陕西省/延安市/黄陵县")] // a mining company of the area, not a mine
    public void A_county_written_in_full_or_before_a_units_own_word_stays_a_place(string text, string path) =>
        Assert.Contains(Places.Mentions(text), m => m.Path == path);

    [Fact]
    public void A_mine_named_by_a_county_of_another_province_leaves_the_report_where_its_text_is()
    {
        var found = Attribute("某某煤业花山矿工会开展安全宣讲",
            "近年来，某某煤业花山矿工会组织女工到井口宣讲安全知识，为职工送去清凉饮品。",
            "女工们还为刚出井的矿工递送毛巾。");
        Assert.DoesNotContain("安徽", found.Region ?? "");
    }

    [Fact]
    public void A_mining_areas_word_leaves_the_report_with_its_company()
    {
        var found = Attribute("双鸭山某公司女工护航安全生产",
            "近日，双鸭山某公司某某煤矿女工委开展安全协管活动，共建美丽矿区，美化矿区环境。",
            "女工们清理井口广场的白色垃圾。");
        Assert.StartsWith("黑龙江省/双鸭山市", found.Region);
    }
}
