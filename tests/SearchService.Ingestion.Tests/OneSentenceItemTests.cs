using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>A round-up telling one of its unions' items in one short sentence opening with a slogan. Every sentence here is the tests' own.</summary>
public sealed class OneSentenceItemTests
{
    [Fact]
    public void A_roundups_item_told_in_one_sentence_after_a_slogan_with_a_comma_is_an_item()
    {
        var result = IngestItems("""
            浙江各级工会暖心服务留岗职工

            春节临近，浙江省各级工会纷纷行动起来，为就地过年的职工送上新春的温暖和祝福。

            嘉兴市总工会开展“新春送福”活动，为留岗职工送去春联、福字和新春礼包，让职工感受到家的温暖。

            “留湖过大年，暖心过新春”，湖州市总工会开展春节线上、线下主题活动。

            衢州市总工会发布致留衢职工的一封信，精心策划了观影、游园、健身等十项活动，丰富职工节日生活。

            丽水市总工会走访慰问留岗的一线职工，送去米、油和慰问金，并为他们的子女准备了新春礼物。
            """, 4);
        Assert.Equal("“留湖过大年，暖心过新春”", result.Reports[1].Title);
        Assert.Equal("湖州市总工会", result.Reports[1].Organisation);
    }

    [Fact]
    public void After_a_slogan_a_roundup_item_may_give_its_date_or_a_short_clause_before_its_union()
    {
        var result = IngestItems("""
            浙江各级工会暖心服务留岗职工

            近日，浙江省各级工会积极行动，深入企业和一线为就地过年的职工送上新春的温暖和祝福。

            “新春送福到一线，温暖相伴过大年”，嘉兴市总工会为留岗职工送去春联、福字和新春礼包，让职工感受到家的温暖。

            “留湖过大年”，1月20日上午，湖州市总工会在市职工服务中心举办新春游园会，三百余名职工参加了活动。

            “平安过大年，温暖在身边”，新春佳节来临之际，衢州市总工会走访慰问留岗的一线职工，送去米、油和慰问金。
            """, 3);
        Assert.Equal(["湖州市总工会", "衢州市总工会"], result.Reports.Skip(1).Select(r => r.Organisation));
        Assert.Contains(result.Reports[0].Passages, p => p.Text.Contains("嘉兴市总工会", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_after_a_paragraphs_opening_clause_is_asked_only_after_a_slogan()
    {
        // The counter-case: without a slogan first, a union after two clauses does not open the paragraph.
        var organisations = SearchService.Ingestion.Metadata.OrganisationDirectory.Load(
            Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisations.tsv"), GazetteerTests.Places);
        Assert.Null(SearchService.Ingestion.Splitting.ListDocument.OpeningUnion(
            "春节临近，为了职工安心，嘉兴市总工会为留岗职工送去春联、福字和新春礼包，让职工感受到家的温暖和关怀。", organisations));
        Assert.Equal("嘉兴市总工会", SearchService.Ingestion.Splitting.ListDocument.OpeningUnion(
            "“春节临近”，为了职工安心，嘉兴市总工会为留岗职工送去春联、福字和新春礼包，让职工感受到家的温暖和关怀。", organisations));
    }

    [Fact]
    public void A_short_sentence_naming_another_unions_officer_stays_in_the_item()
    {
        // The counter-case: one sentence opening with a union whose officer attends is no item of that union.
        var result = IngestItems("""
            浙江各级工会暖心服务留岗职工

            春节临近，浙江省各级工会纷纷行动起来，为就地过年的职工送上新春的温暖和祝福。

            嘉兴市总工会开展“新春送福”活动，为留岗职工送去春联、福字和新春礼包，让职工感受到家的温暖。

            浙江省总工会副主席王明出席了嘉兴的活动并讲话。

            衢州市总工会发布致留衢职工的一封信，精心策划了观影、游园、健身等十项活动，丰富职工节日生活。

            丽水市总工会走访慰问留岗的一线职工，送去米、油和慰问金，并为他们的子女准备了新春礼物。
            """, 3);
        Assert.Contains(result.Reports[0].Passages, p => p.Text.Contains("副主席王明", StringComparison.Ordinal));
    }
}
