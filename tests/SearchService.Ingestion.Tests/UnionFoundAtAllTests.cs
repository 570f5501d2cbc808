using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Whether a union is found at all (twenty-sixth round, orgs29): an enterprise's union through its chair's titles with
/// other posts between (党委副书记、纪委书记、工会主席), a bare 县总工会 placed by the towns the text visits when one of
/// them is named like a county elsewhere (洪山镇 holds 洪山), and an honour's quoted title (获评“某某工会”) that is no
/// union. Own sentences; counter-cases keep what other shapes give.
/// </summary>
public class UnionFoundAtAllTests
{
    [Theory]
    [InlineData("华南分公司党委副书记、纪委书记、工会主席李明说。", "华南分公司工会")]
    [InlineData("红星机械有限公司党委书记、董事长、工会主席王强出席。", "红星机械有限公司工会")]
    [InlineData("红星机械有限公司党委副书记、工会主席王强出席。", "红星机械有限公司工会")]     // as before
    [InlineData("红星机械有限公司党委副书记王强、工会主席李明出席。", null)]                  // two people, not one's titles
    public void A_chair_with_other_posts_between_names_the_enterprise_union(string text, string? name) => Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_branch_chair_quoted_after_the_lead_gives_the_branch_union_in_full()
    {
        foreach (var organisation in OrganisationByBothScorings("劳动竞赛启动",
                     "5月2日，中铁九局华南分公司“比干劲”劳动竞赛启动仪式在某项目工地举行。",
                     "“开展劳动竞赛是优良传统。”华南分公司党委副书记、纪委书记、工会主席李明说。"))
            Assert.Equal("中铁九局华南分公司工会", organisation);
    }

    [Fact]
    public void A_bare_county_union_is_placed_by_the_towns_it_visits_though_one_is_named_like_another_county()
    {
        // 洪山镇 holds 洪山, a district of another province: read as that district it kept the towns' county out.
        foreach (var organisation in OrganisationByBothScorings("县总工会深入我县乡镇调研工会工作",
                     "5月6日，县总工会主席李明带队，先后深入洪山镇、倪邱镇、原墙镇、肖口镇察看乡镇工会联合会建设情况。",
                     "每到一处，李明都详细询问工会工作开展情况。"))
            Assert.Equal("太和县总工会", organisation);
        Assert.Equal("安徽省/阜阳市/太和县", Attribute("县总工会深入我县乡镇调研工会工作",
            "5月6日，县总工会主席李明带队，先后深入洪山镇、倪邱镇、原墙镇、肖口镇察看乡镇工会联合会建设情况。").Region);
    }

    [Fact]
    public void A_county_short_form_outside_a_town_still_places_the_text() =>
        Assert.Equal("武汉市洪山区总工会", Attribute("洪山区总工会慰问一线职工", "近日，洪山区总工会走访慰问环卫职工。").Organisation);

    [Theory]
    [InlineData("12家单位获评“灯塔工会”", null)]
    [InlineData("该单位被授予“灯塔工会”荣誉称号。", null)]
    [InlineData("近日，“灯塔工会”志愿服务队走进社区。", "灯塔市总工会")]      // quoted, but no honour conferred: as before
    [InlineData("灯塔市总工会获评先进单位。", "灯塔市总工会")]                 // the union named, then its honour
    [InlineData("红星机械有限公司工会获评“模范职工之家”。", "红星机械有限公司工会")]
    public void An_honour_quoted_after_its_verb_is_no_union(string text, string? name) => Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_page_whose_only_union_name_is_an_honour_has_no_organisation() =>
        Assert.Equal("", Attribute("园区职工之家评比揭晓 8家单位获评“灯塔工会”",
            "本报讯 近日，园区职工之家评比结果揭晓。", "8家单位被授予“灯塔工会”荣誉称号，5家单位受到通报表扬。").Organisation);
}
