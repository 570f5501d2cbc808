using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A spam mirror that writes its brand in Latin letters where the place stood in a union's name (某某app下载 总工会), set
/// off by a space: the general union of the level its own clause names whole (全区, 全县), placed as a bare one is, by
/// the place the headline or the credit names. Own sentences, real places.
/// </summary>
public class BrandForPlaceTests
{
    [Fact]
    public void The_level_its_clause_names_whole_placed_by_the_headline() =>
        Assert.Equal("重庆市九龙坡区总工会", Attribute("九龙坡：环卫工人冬日领到暖手宝",
            "（通讯员 某某）寒潮来袭，好运app下载 总工会近日为全区四百名环卫工人发放了暖手宝和棉手套。").Organisation);

    [Fact]
    public void A_county_as_well() =>
        Assert.Equal("长丰县总工会", Attribute("长丰：快递员免费体检开始预约",
            "近日，xyz体育官网 总工会为全县三百名快递员安排了免费体检。").Organisation);

    // Counter-cases: no level named whole in its clause, no union from the brand; a Chinese word before the space is no brand.
    [Fact]
    public void No_level_named_whole_no_union() =>
        Assert.Equal("", Attribute("环卫工人冬日领到暖手宝",
            "近日，好运app下载 总工会为环卫工人发放了暖手宝和棉手套。").Organisation);

    [Fact]
    public void A_word_before_the_space_is_no_brand() =>
        Assert.NotEqual("重庆市九龙坡区总工会", Attribute("九龙坡：环卫工人冬日领到暖手宝",
            "寒潮来袭 总工会近日为全区四百名环卫工人发放了暖手宝。").Organisation);
}
