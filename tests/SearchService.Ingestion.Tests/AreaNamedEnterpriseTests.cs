using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// An enterprise named after the county-level area it works by the area's short form and a group's, mining company's
/// or airport's word is its city's, not the county's; a county written in full, or a unit serving the county itself,
/// keeps the county. Sentences written for these tests.
/// </summary>
public class AreaNamedEnterpriseTests
{
    private static Gazetteer Places => GazetteerTests.Places;

    [Theory]
    [InlineData("神木能源集团工会", "陕西省/榆林市/神木市", "陕西省/榆林市")]
    [InlineData("某某控股神木矿业公司工会", "陕西省/榆林市/神木市", "陕西省/榆林市")]
    [InlineData("府谷煤电公司工会", "陕西省/榆林市/府谷县", "陕西省/榆林市")]
    [InlineData("浦东机场工会", "上海市/浦东新区", "上海市")]
    public void A_group_mine_or_airport_named_by_the_areas_short_form_is_its_citys(string name, string county, string city) =>
        Assert.Equal(city, Places.AboveAreaNamedEnterprise(name, county));

    [Theory]
    [InlineData("府谷县煤电公司工会", "陕西省/榆林市/府谷县")]      // the county written in full: it is there
    [InlineData("府谷供电分公司工会", "陕西省/榆林市/府谷县")]      // a unit serving the county itself
    [InlineData("府谷车务段工会", "陕西省/榆林市/府谷县")]
    [InlineData("仙桃能源集团工会", "湖北省/仙桃市")]              // no city above a county-level city under its province
    [InlineData("榆林能源集团工会", "陕西省/榆林市")]              // a city's own enterprise stays the city's
    public void Other_names_keep_their_place(string name, string region) =>
        Assert.Equal(region, Places.AboveAreaNamedEnterprise(name, region));

    [Fact]
    public void A_mining_companys_report_is_placed_in_its_city()
    {
        var attribution = Attribute("神木能源集团工会开展读书月活动", "本报讯 近日，神木能源集团工会在职工书屋开展读书月活动，职工踊跃参加。");
        Assert.Equal("神木能源集团工会", attribution.Organisation);
        Assert.Equal("陕西省/榆林市", attribution.Region);
    }

    [Fact]
    public void A_power_supply_unit_named_by_its_county_stays_in_the_county() =>
        Assert.Equal("陕西省/榆林市/府谷县",
            Attribute("府谷供电分公司工会开展送清凉活动", "本报讯 近日，府谷供电分公司工会为一线职工送去清凉物品。").Region);
}

/// <summary>
/// The lead a venue is read from is the first two paragraphs of prose: a source or date line above them names no
/// venue. Sentences written for these tests.
/// </summary>
public class VenueBelowSourceLineTests
{
    [Fact]
    public void A_forum_held_in_one_district_below_a_source_line_is_placed_there()
    {
        var attribution = Attribute("三省市工会举办论坛交流建会经验",
            "当前位置：首页>>要闻",
            "门户网站 2024年5月8日 来源：某某日报",
            "日前，一场跨省市的工会论坛在浙江省平湖市举行。来自上海市奉贤区、金山区、青浦区、松江区的工会代表参加了论坛。",
            "奉贤区、金山区、青浦区、松江区的代表先后发言。",
            "与会代表交流了各自的经验和做法。");
        Assert.Equal("浙江省/嘉兴市/平湖市", attribution.Region);
    }

    [Fact]
    public void A_venue_in_a_later_paragraph_is_not_the_leads()
    {
        // Counter-case: two prose paragraphs come first; a venue further down is one more mention, not the lead's.
        var attribution = Attribute("三省市工会举办论坛交流建会经验",
            "门户网站 2024年5月8日 来源：某某日报",
            "日前，浙江嘉兴、上海青浦和江苏太仓的工会代表参加跨省市论坛。",
            "与会代表交流了各自的经验和做法。",
            "下一次论坛将在安徽省芜湖市举行。");
        Assert.NotEqual("安徽省/芜湖市", attribution.Region);
    }
}
