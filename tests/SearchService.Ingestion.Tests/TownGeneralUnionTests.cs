using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A street's, a town's or a township's own union is its general union (thirty-second round, orgs32): written
/// 某街道工会 or 某镇工会, it is named 某街道总工会, 某镇总工会, as a district's 某区工会 is 某区总工会 — the labels'
/// conv24 (3) reading, which three tune sets gathered apart (the twenty-sixth, the twenty-eighth's 街 short form and a
/// town's congress) share. Guangzhou's streets are written 某街 after their district; the district's table street
/// 某街道 settles it. A town's federation, a community's union, a kind word before 镇 (各乡镇) and a themed 小镇 keep
/// what they had. Own sentences.
/// </summary>
public class TownGeneralUnionTests
{
    [Theory]
    [InlineData("近日，南京市鼓楼区宁海路街道工会为环卫工人送去清凉。", "南京市鼓楼区宁海路街道总工会")]
    [InlineData("12月3日，南京市鼓楼区华侨路街道工会召开第二次代表大会。", "南京市鼓楼区华侨路街道总工会")]
    [InlineData("近日，广州市越秀区六榕街工会走访辖区快递网点。", "广州市越秀区六榕街总工会")]     // 六榕街道 in 越秀区
    [InlineData("近日，南京市鼓楼区宁海路街道总工会为环卫工人送去清凉。", "南京市鼓楼区宁海路街道总工会")] // as before
    [InlineData("近日，南京市鼓楼区宁海路街道工会联合会成立。", "南京市鼓楼区宁海路街道工会联合会")]     // a federation keeps its name
    public void A_towns_union_is_its_general_union(string text, string? name) => Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("今年全镇工会共开展文体活动二十场。")]
    [InlineData("各乡镇工会要做好送清凉工作。")]
    [InlineData("近日，广州市越秀区步行街工会开展活动。")]          // no street 步行街道 in the district: not a street's union
    public void Kinds_and_non_streets_stay_as_they_were(string text)
    {
        var found = FirstName(text);
        Assert.True(found is null || !found.EndsWith("总工会", StringComparison.Ordinal), found);
    }

    [Fact]
    public void A_street_union_acting_is_labelled_with_its_general_union() =>
        Assert.Equal("南京市鼓楼区湖南路街道总工会", Attribute("湖南路街道工会开展夏送清凉活动",
            "7月10日，南京市鼓楼区湖南路街道工会开展“夏送清凉”慰问活动。", "活动现场，湖南路街道工会为辖区一百名户外劳动者送去防暑用品。").Organisation);
}
