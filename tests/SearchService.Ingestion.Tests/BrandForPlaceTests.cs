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
        Assert.Equal("重庆市九龙坡区总工会", Attribute("九龙坡：30个工会驿站可免费领防暑饮料",
            "（九龙坡融媒 通讯员 某某）连日高温，从7月30日起，好运app下载 总工会将在全区30个工会驿站开展送水活动。").Organisation);

    [Fact]
    public void A_county_as_well() =>
        Assert.Equal("长丰县总工会", Attribute("长丰：20个工会驿站可免费领防暑饮料",
            "近日，xyz体育官网 总工会在全县20个工会驿站开展送清凉活动。").Organisation);

    // Counter-cases: no level named whole in its clause, no union from the brand; a Chinese word before the space is no brand.
    [Fact]
    public void No_level_named_whole_no_union() =>
        Assert.Equal("", Attribute("30个工会驿站可免费领防暑饮料",
            "近日，好运app下载 总工会开展送水活动，户外劳动者可免费领取。").Organisation);

    [Fact]
    public void A_word_before_the_space_is_no_brand() =>
        Assert.NotEqual("重庆市九龙坡区总工会", Attribute("九龙坡：30个工会驿站可免费领防暑饮料",
            "连日高温 总工会将在全区30个工会驿站开展送水活动。").Organisation);
}
