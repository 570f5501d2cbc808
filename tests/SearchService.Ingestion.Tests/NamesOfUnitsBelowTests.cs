using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Unions below the town written without the places above them (round 24, orgs26): a community's union named on its own
/// in a text about one county, and a town's federation of its small firms or of a sector named after the town; both are
/// written out with their county, as a town's own union is; and a unit's union that is not the short form of a union
/// inside it (某矿工会 beside 某矿车间工会). On sentences written for these tests.
/// </summary>
public class NamesOfUnitsBelowTests
{
    private static Attribution WithCredits(string title, string[] paragraphs, string[] credits) =>
        Attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { Credits = credits });

    [Fact]
    public void A_community_union_alone_takes_the_county_the_text_is_about_and_its_one_street() =>
        Assert.Equal("深圳市福田区梅林街道幸福里社区工会联合会", Attribute("幸福里社区工会联合会开展职工读书会",
            "近日，幸福里社区工会联合会在社区职工之家开展读书会，三十余名职工参加。",
            "福田区梅林街道有关负责人表示，福田区将持续推进社区工会建设。").Organisation);

    [Fact]
    public void A_community_union_alone_takes_only_the_county_when_the_text_names_no_street_of_it() =>
        Assert.Equal("深圳市福田区幸福里社区工会", Attribute("幸福里社区工会开展职工读书会",
            "近日，幸福里社区工会在社区职工之家开展读书会，三十余名职工参加。",
            "福田区有关负责人表示，福田区将持续推进社区工会建设。").Organisation);

    [Fact]
    public void A_community_union_alone_takes_the_county_whose_general_union_the_credits_name() =>
        Assert.Equal("深圳市福田区幸福里社区工会", WithCredits("幸福里社区工会开展职工读书会",
            ["近日，幸福里社区工会在社区职工之家开展读书会，三十余名职工参加。"],
            ["来源：深圳市福田区总工会"]).Organisation);

    [Fact]
    public void A_community_union_in_a_text_placing_no_county_stays_as_written()
    {
        // Counter-cases: no place at all, and a city only (its districts all have communities).
        Assert.Equal("幸福里社区工会", Attribute("幸福里社区工会开展职工读书会",
            "近日，幸福里社区工会在社区职工之家开展读书会，三十余名职工参加。").Organisation);
        Assert.Equal("幸福里社区工会", Attribute("幸福里社区工会开展职工读书会",
            "近日，幸福里社区工会在社区职工之家开展读书会，三十余名职工参加。", "深圳市有关负责人表示，深圳市将持续推进社区工会建设。").Organisation);
    }

    [Fact]
    public void A_community_union_written_with_its_street_is_read_as_before() =>
        Assert.Equal("深圳市福田区梅林街道幸福里社区工会联合会", Attribute("梅林街道幸福里社区工会联合会开展职工读书会",
            "近日，梅林街道幸福里社区工会联合会在社区职工之家开展读书会，三十余名职工参加。",
            "福田区有关负责人表示，福田区将持续推进社区工会建设。").Organisation);

    [Theory]
    [InlineData("3月8日，柳溪镇小微企业联合工会组织女职工开展趣味活动。", "柳溪镇小微企业联合工会")]
    [InlineData("近日，梅林街道商圈工会联合会组织职工开展健步走。", "梅林街道商圈工会联合会")]
    [InlineData("近日，柳溪镇建筑行业联合工会组织职工开展健步走。", "柳溪镇建筑行业联合工会")]       // a sector's, as before
    [InlineData("近日，全镇小微企业联合工会组织职工开展健步走。", null)]                        // a town's federations as a whole
    [InlineData("近日，各镇小微企业联合工会组织职工开展健步走。", null)]
    [InlineData("近日，红星小微企业联合工会组织职工开展健步走。", null)]                        // no town of the table opens it
    [InlineData("近日，柳溪镇小微企业工会组织职工开展健步走。", null)]                          // a plain 工会 of firms is no federation
    public void A_towns_federation_union_is_a_name(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_towns_federation_union_carries_the_towns_county() =>
        Assert.Equal("平泉市柳溪镇小微企业联合工会", Attribute("柳溪镇小微企业联合工会开展“三八”节活动",
            "3月8日，柳溪镇小微企业联合工会组织女职工开展趣味活动，五十余名女职工参加。").Organisation);

    [Fact]
    public void A_towns_federation_union_of_a_town_several_counties_have_is_settled_by_the_text() =>
        Assert.Equal("深圳市福田区梅林街道商圈工会联合会", Attribute("梅林街道商圈工会联合会开展“三八”节活动",
            "3月8日，梅林街道商圈工会联合会组织女职工开展趣味活动，福田区五十余名女职工参加。").Organisation);

    [Fact]
    public void A_towns_federation_or_firm_the_text_does_not_settle_stays_as_written()
    {
        // Two counties have a 梅林街道 and the text names neither.
        Assert.Equal("梅林街道商圈工会联合会", Attribute("梅林街道商圈工会联合会开展“三八”节活动",
            "3月8日，梅林街道商圈工会联合会组织女职工开展趣味活动，五十余名女职工参加。").Organisation);
        // An enterprise named after its town keeps its name as written: it is no federation.
        Assert.Equal("柳溪镇红星机械有限公司工会", Attribute("柳溪镇红星机械有限公司工会开展“三八”节活动",
            "3月8日，柳溪镇红星机械有限公司工会组织女职工开展趣味活动，五十余名女职工参加。").Organisation);
    }

    [Fact]
    public void A_mines_union_is_not_the_short_form_of_its_workshops() =>
        Assert.Equal("冀中能源峰峰集团羊东矿工会", Attribute("冀中能源峰峰集团羊东矿：春意暖羊东",
            "羊东矿工会为丰富全矿职工的精神文化生活，开展了丰富多彩的工会活动。",
            "近日，羊东矿车间工会第二区域文化活动拉开序幕。").Organisation);

    [Fact]
    public void A_groups_union_is_not_the_short_form_of_its_project_departments() =>
        Assert.Equal("红星集团工会", Attribute("红星集团首个项目工会联合会挂牌成立",
            "近日，红星集团首个项目工会联合会挂牌成立。红星集团第一直属项目部工会周密策划，集团工会积极推进。").Organisation);

    [Fact]
    public void A_name_shortened_by_leaving_words_out_still_takes_its_full_form()
    {
        // Counter-cases: the legal form and words inside the name are the same union written out, as before.
        Assert.Equal("红星机械集团有限公司工会", Attribute("红星集团工会开展职工技能比武",
            "近日，红星机械集团有限公司工会组织开展职工技能比武，两百余名职工参赛。",
            "红星集团工会有关负责人表示，将持续开展技能比武。").Organisation);
        // A workshop's union acting alone, its mine's union not named: the workshop's, as written.
        Assert.Equal("红星矿车间工会", Attribute("红星矿车间工会开展文化活动",
            "近日，红星矿车间工会在升旗广场开展文化活动，百余名职工参加。").Organisation);
    }
}
