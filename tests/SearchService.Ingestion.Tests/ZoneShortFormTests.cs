using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A zone written once in full after its place (某市台商投资区) and then by its short form (台商区总工会): the short form's
/// union is that zone's. Sentences written for these tests.
/// </summary>
public class ZoneShortFormTests
{
    [Fact]
    public void A_zones_union_by_its_short_form_is_the_zone_the_text_writes_in_full()
    {
        var found = Attribute("台商区总工会为留守职工送年货",
            "春节临近，漳州台商投资区不少外地职工选择留在当地过年。",
            "台商区总工会为留守职工准备了年货礼包，并组织了迎新春联谊活动。");
        Assert.Equal("漳州台商投资区总工会", found.Organisation);
        Assert.StartsWith("福建省/漳州市", found.Region);
    }

    [Fact]
    public void The_place_before_a_short_form_is_not_written_twice()
    {
        var found = Attribute("漳州台商区总工会开展技能比武",
            "5月8日，漳州台商区总工会在漳州台商投资区举办电工技能比武，六十余名职工参赛。");
        Assert.Equal("漳州台商投资区总工会", found.Organisation);
    }

    [Fact]
    public void A_short_form_without_its_zone_in_full_is_no_zone()
    {
        var found = Attribute("台商区总工会为职工送年货", "台商区总工会为留守职工准备了年货礼包。");
        Assert.DoesNotContain("投资区", found.Organisation);
    }

    [Theory]
    [InlineData("漳州台商投资区各社区工会组织职工参加义诊，全区总工会系统共送出药品百余份。", "台商区")]  // 社区, 全区: no zone's short form
    [InlineData("漳州台商投资区城区总工会、辖区各企业工会参加了活动。", "台商区")]                         // 城区, 辖区 likewise
    [InlineData("天津保税区工会组织职工参观学习。", null)]                                                  // no characters of the zone's own before its kind
    [InlineData("漳州台商投资区和泉州台商投资区的工会联合开展活动。", null)]                               // two zones by one short form: neither
    [InlineData("台商投资区工会组织职工参观学习。", null)]                                                  // no place before the zone
    public void Only_a_zone_written_after_its_place_gives_a_short_form(string text, string? shortForm)
    {
        var zones = Organisations.Names.ZoneShortForms([text]);
        Assert.Equal(shortForm is null ? [] : [shortForm], zones.Keys.ToArray());
    }

    [Fact]
    public void Every_zones_unions_are_not_written_out()
    {
        var found = Attribute("各台商区工会开展送温暖活动",
            "春节前，漳州台商投资区各台商区工会、各社区工会走访慰问困难职工。", "全区总工会系统共慰问职工两百余人。");
        Assert.NotEqual("漳州台商投资区总工会", found.Organisation);
    }

    [Theory]
    [InlineData("台商区工会组织职工参观学习。", "漳州台商投资区工会")]
    [InlineData("漳州台商区总工会组织职工参观学习。", "漳州台商投资区总工会")]   // the place before the short form is the zone's own
    [InlineData("各台商区工会组织职工参观学习。", null)]                       // every union of the zone
    [InlineData("台商区联合工会组织职工参观学习。", null)]                     // no zone's own union
    public void A_short_form_is_a_name_form_the_text_is_read_with_not_rewritten(string text, string? union)
    {
        var zones = Organisations.Names.ZoneShortForms(["漳州台商投资区不少外地职工留在当地过年。"]);
        var found = Organisations.Names.Find(text, null, zones);
        Assert.Equal(union, found.Select(m => m.Name).FirstOrDefault(n => n.Contains("投资区")));
        Assert.DoesNotContain(Organisations.Names.Find(text), m => m.Name.Contains("投资区"));
    }
}
