using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A county-level city's union written short with one character before 市 (某市总工会 for 某某山市总工会), in a text that
/// names the prefecture, league or autonomous prefecture it lies in: that city's union, when exactly one county-level
/// city of the prefecture opens with the character. Own sentences, real places.
/// </summary>
public class CountyCityShortFormTests
{
    [Fact]
    public void The_one_county_city_of_the_named_league_opening_with_the_character() =>
        Assert.Equal("阿尔山市总工会", Attribute("兴安盟劳动竞赛表彰会召开",
            "近日，阿市总工会副主席某某在会上为获奖的三个班组授旗。", "今年以来，全市已有五个班组获此荣誉。").Organisation);

    [Fact]
    public void Also_in_an_autonomous_prefecture() =>
        Assert.Equal("库尔勒市总工会", Attribute("巴音郭楞蒙古自治州表彰一批职工书屋",
            "近日，库市总工会为新建的五家职工书屋授牌。").Organisation);

    // Counter-cases: no prefecture named, no city; two county cities of the prefecture opening alike, none of them.
    [Fact]
    public void No_prefecture_named_no_city() =>
        Assert.NotEqual("阿尔山市总工会", Attribute("劳动竞赛表彰会召开",
            "近日，阿市总工会副主席某某在会上为获奖的三个班组授旗。").Organisation);

    [Fact]
    public void Two_county_cities_opening_alike_name_none() =>
        Assert.DoesNotContain(Attribute("宁德市表彰一批职工书屋", "近日，福市总工会为新建的五家职工书屋授牌。").Organisation,
            new[] { "福安市总工会", "福鼎市总工会" });
}
