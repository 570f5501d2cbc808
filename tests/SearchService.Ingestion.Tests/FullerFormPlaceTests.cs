namespace SearchService.Ingestion.Tests;

/// <summary>
/// An enterprise's union written short without a place (某铁局工会) is placed by its fuller form the text writes, not by
/// where its event happens in another province.
/// </summary>
public class FullerFormPlaceTests
{
    [Fact]
    public void A_short_name_is_placed_by_its_fuller_form_not_by_its_events_place()
    {
        var attribution = TestAttributor.Attribute("济铁局工会送文艺到沿线",
            "本报讯 近日，河北省沧州市某车站职工参加了套圈、拔河等趣味活动，现场笑声不断。",
            "济南铁路局工会今年组织文艺小分队走进沿线站区，重点慰问偏远班组。");
        // The short name is also written out as its fuller form (OrganisationNames' abbreviated enterprises).
        Assert.Equal("济南铁路局工会", attribution.Organisation);
        Assert.Equal("山东省/济南市", attribution.Region);
    }

    [Fact]
    public void A_longer_name_of_another_union_is_no_fuller_form()
    {
        // 济南铁路局工会 does not hold 某公司's characters in order: the event's place stays.
        var attribution = TestAttributor.Attribute("某达公司工会送文艺到沿线",
            "本报讯 近日，河北省沧州市某车站职工参加了套圈、拔河等趣味活动，现场笑声不断。",
            "济南铁路局工会今年组织文艺小分队走进沿线站区。");
        Assert.NotEqual("山东省/济南市", attribution.Region);
    }
}
