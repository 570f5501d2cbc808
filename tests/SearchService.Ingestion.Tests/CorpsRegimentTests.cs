using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A regiment's union of the Production and Construction Corps (某师某团工会, 第某师某团工会; numerals or digits; either
/// script) is a union of its own, named as written in simplified script, in 新疆维吾尔自治区 — in its division's city when
/// the division is written with 第, as the gazetteer knows divisions. Sentences written for these tests.
/// </summary>
public class CorpsRegimentTests
{
    [Theory]
    [InlineData("二师二十九团工会", "二师二十九团工会")]
    [InlineData("第四师六十三团工会", "第四师六十三团工会")]
    [InlineData("7师125团工会", "7师125团工会")]
    [InlineData("八师一四二团工会委员会", "八师一四二团工会")]
    [InlineData("兵团二师二十九团工会", "二师二十九团工会")]           // the corps' name only says whose regiment it is
    [InlineData("新疆生产建设兵团第四师六十三团工会", "第四师六十三团工会")]
    public void A_divisions_regiments_union_is_a_name_kept_as_written(string written, string name) =>
        Assert.Equal(name, Organisations.Names.Canonical(written));

    [Theory]
    [InlineData("二师二十九团工会", "新疆维吾尔自治区")]
    [InlineData("7师125团工会", "新疆维吾尔自治区")]
    [InlineData("第四师六十三团工会", "新疆维吾尔自治区/可克达拉市")]
    [InlineData("第7师125团工会", "新疆维吾尔自治区/胡杨河市")]
    [InlineData("第十二师一〇四团工会", "新疆维吾尔自治区")]           // a division that runs no city
    public void A_regiments_union_lies_in_the_region_or_its_divisions_city(string name, string region) =>
        Assert.Equal(region, Organisations.RegionOf(name));

    [Theory]
    [InlineData("二师二十九团")]
    [InlineData("第四师六十三团")]
    [InlineData("12师104团")]
    public void The_shape_is_a_division_then_a_regiment(string stem) => Assert.True(CorpsRegiment.IsRegiment(stem));

    [Theory]
    [InlineData("某师范学院")]
    [InlineData("二师二十九团团委")]
    [InlineData("共青团")]
    public void Other_words_are_no_regiment(string stem) => Assert.False(CorpsRegiment.IsRegiment(stem));

    [Fact]
    public void A_regiments_union_acting_with_its_youth_league_is_found_whole() =>
        Assert.Equal("二师二十九团工会", FirstName("9月6日，二师二十九团工会、团委联合举办青年职工技能比武。"));

    [Fact]
    public void A_traditional_script_report_of_a_regiments_union_is_its_own_in_the_region()
    {
        var attribution = Attribute("二師二十九團工會開展職工技能比武",
            "10月12日，二師二十九團工會組織各連隊50餘名職工開展農機駕駛技能比武。",
            "比武設置了田間作業、機械保養等項目，參賽職工你追我趕。");
        Assert.Equal("二师二十九团工会", attribution.Organisation);
        Assert.Equal("新疆维吾尔自治区", attribution.Region);
    }

    [Fact]
    public void A_report_of_a_regiment_of_a_division_with_a_city_is_placed_in_that_city()
    {
        var attribution = Attribute("第四师六十三团工会为职工送清凉",
            "7月15日，第四师六十三团工会为一线职工送去西瓜、绿豆等防暑降温物品。");
        Assert.Equal("第四师六十三团工会", attribution.Organisation);
        Assert.Equal("新疆维吾尔自治区/可克达拉市", attribution.Region);
    }
}
