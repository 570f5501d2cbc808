using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A round-up whose lead counts its places' unions (甲县、乙县、丙县三地总工会相继…) over place-titled items: each place's
/// item is that place's union's, though its text names only the place acting. Every sentence here is the tests' own.
/// </summary>
public sealed class CountedPlacesLeadTests
{
    private const string Items = """
        建德市：走访一线送温暖，关怀暖人心

        近日，建德市总工会组成慰问组走进企业，给一线职工送上新春礼包，问问他们过年回不回家。

        桐庐县：劳模围坐话发展

        近日，桐庐县总工会请来二十位劳动模范，围绕企业发展谈想法、提建议。

        淳安县：新春慰问到车间

        淳安县于近日走进车间班组，给一线职工送去米面油和春联。
        """;

    [Fact]
    public void A_place_item_naming_only_its_place_is_its_union_when_the_lead_counts_that_places_union()
    {
        var result = IngestItems("""
            新春佳节来临之际，杭州建德市、桐庐县、淳安县三地总工会相继开展新春送温暖活动，把关怀送到职工身边。

            """ + Items, 3);
        Assert.Equal(["建德市总工会", "桐庐县总工会", "淳安县总工会"], result.Reports.Select(r => r.Organisation));
    }

    [Fact]
    public void Under_a_lead_naming_the_area_unions_together_an_item_naming_only_its_place_has_no_union()
    {
        // The counter-case: the lead names no place's union, so nothing says the third item is its union's.
        var result = IngestItems("""
            新春佳节来临之际，杭州各级工会积极行动，开展新春送温暖活动，把关怀送到职工身边。

            """ + Items, 3);
        Assert.Equal("", result.Reports[2].Organisation);
    }
}
