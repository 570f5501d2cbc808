using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A county written only by its two-character short form, inside other words, in a text that names another province's
/// places in full and nothing of the county's own province, is no place (三大化工 holds 大化, a county of 广西).
/// Sentences written for these tests.
/// </summary>
public class StrayShortFormTests
{
    [Fact]
    public void A_far_countys_short_form_inside_other_words_places_nothing()
    {
        var found = Attribute("县总工会为园区职工送春联",
            "1月20日，县总工会组织书法志愿者走进江苏省三大化工园区之一，为一线职工送去春联和祝福。",
            "志愿者们现场挥毫，共写下春联三百余副。");
        Assert.DoesNotContain("广西", found.Region ?? "");
        Assert.DoesNotContain("大化", found.Organisation);
        Assert.StartsWith("江苏省", found.Region);
    }

    [Fact]
    public void A_countys_short_form_with_its_province_named_stays_a_place()
    {
        var found = Attribute("县总工会为园区职工送春联",
            "1月20日，广西大化县总工会组织书法志愿者走进园区，为一线职工送去春联和祝福。",
            "志愿者们现场挥毫，共写下春联三百余副。");
        Assert.Equal("广西壮族自治区/河池市/大化瑶族自治县", found.Region);
    }

    [Fact]
    public void A_countys_short_form_beside_other_places_of_its_province_stays_a_place()
    {
        var found = Attribute("县总工会为园区职工送春联",
            "1月20日，大化县总工会组织书法志愿者走进河池市的一处园区，为一线职工送去春联，并与南宁市的企业交流。",
            "志愿者们现场挥毫，共写下春联三百余副。");
        Assert.Equal("广西壮族自治区/河池市/大化瑶族自治县", found.Region);
    }
}
