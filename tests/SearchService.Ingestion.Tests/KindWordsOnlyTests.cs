using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A union named by kind words alone (thirtieth round, orgs31): a level below a place, a unit's kind and a sector's
/// word one after another (街道机关工会, 煤矿工会, 企业集团工会) give no word of a unit's own and name no union in
/// particular, as a bare 公司工会 does not. A unit's own name or a place before them (某某煤矿工会, 某街道机关工会), a
/// national industry union (中国…工会) and a zone written by its kind (read by the zone rules) are read as before. Own
/// sentences.
/// </summary>
public class KindWordsOnlyTests
{
    [Theory]
    [InlineData("本周，街道机关工会会员参加了环湖健步走。", null)]
    [InlineData("会后，煤矿工会决定把会议精神传达到各基层。", null)]
    [InlineData("企业集团工会要把职工冷暖放在心上。", null)]
    [InlineData("随后，红岩煤矿工会为一线矿工送去清凉。", "红岩煤矿工会")]          // a unit's own name: as before
    [InlineData("中国能源化学工会发布通知。", "中国能源化学工会")]                    // a national industry union
    public void Kind_words_alone_name_no_union(string text, string? name) => Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_street_office_taking_its_members_walking_has_no_organisation() =>
        Assert.Equal("", Attribute("某街道参加全区健走大赛",
            "为增强体质，我街道组织街道机关工会会员参加全区第三届健走大赛。", "大家精神饱满，全程走完。").Organisation);
}
