using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A town's union written 某镇工会 on its county's site, a town towns.tsv does not know (青禾镇 is invented: renamed or
/// merged towns are missing from the table the same way) and a text that names no county: the one county-level place
/// whose general union the credits name (责任编辑：某市某区总工会) is the town's, and its union is the town's general
/// union, written out with that county (thirty-second round, orgs35). Own sentences.
/// </summary>
public class TownOnCountySiteTests
{
    private static Attribution Attribute(string title, string[] paragraphs, string[] credits) =>
        Attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { Credits = credits });

    private static readonly string[] Text =
    [
        "5月9日，青禾镇工会在镇文化广场组织职工跳绳接力赛，八家企业派队参赛。",
        "青禾镇工会负责人表示，今后将每季度组织一次职工文体活动。",
    ];

    [Fact]
    public void An_unknown_towns_union_lies_in_the_credited_county()
    {
        var found = Attribute("青禾镇工会组织跳绳接力赛", Text, ["责任编辑：扬州市江都区总工会"]);
        Assert.Equal("扬州市江都区青禾镇总工会", found.Organisation);
        Assert.Equal("江苏省/扬州市/江都区", found.Region);
    }

    [Fact]
    public void Without_a_credited_county_the_town_stays_as_written() =>
        Assert.Equal("青禾镇工会", Attribute("青禾镇工会组织跳绳接力赛", Text, ["责任编辑：王明"]).Organisation);

    [Fact]
    public void Two_credited_counties_settle_nothing() =>
        // Not this rule's: neither credited county's union is the town's general union.
        Assert.DoesNotContain("青禾镇总工会", Attribute("青禾镇工会组织跳绳接力赛", Text, ["来源：扬州市江都区总工会", "责任编辑：扬州市邗江区总工会"]).Organisation);

    [Fact]
    public void A_known_town_keeps_the_tables_county() =>
        // 松岭镇 lies in one county of 承德市 in the table: the credit of another county does not move it.
        Assert.Equal("宽城满族自治县松岭镇总工会", Attribute("松岭镇工会组织跳绳接力赛",
            ["5月9日，松岭镇工会在镇文化广场组织职工跳绳接力赛，八家企业派队参赛。"], ["责任编辑：扬州市江都区总工会"]).Organisation);
}
