using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Names that are no names (thirty-second round, orgs34): a preposition, a clause's opening word or a verb of thanks
/// left before a bare 公司 or 集团 (随着公司工会主席…, 来自公司党委、工会…, 非常感谢公司党委、工会…) is the sentence's,
/// and the union is only the unnamed 公司工会 — in traditional script too, where the character fold leaves 隨著 as 随著.
/// A town of a municipality's district whose own name opens with a short form the gazetteer reads as that same district
/// (房山区石楼镇) is still written out with its municipality, as every other town of a district is. Own sentences.
/// </summary>
public class FragmentsAndTownsTests
{
    [Theory]
    [InlineData("下午3时，随着公司工会主席王某一声号令，比赛开始。")]
    [InlineData("下午3时，随著公司工会主席王某一声号令，比赛开始。")]
    [InlineData("大家感受到了来自公司党委、工会组织的关爱。")]
    [InlineData("“非常感谢公司党委、工会给我们送来的清凉。”")]
    [InlineData("据统计，自公司工会成立以来，共帮扶职工300人次。")]
    public void A_function_word_before_a_bare_kind_names_no_union(string text) => Assert.Null(FirstName(text));

    [Theory]
    [InlineData("近日，红杉机械公司工会举办职工趣味运动会。", "红杉机械公司工会")]       // a company's own name: as before
    [InlineData("随后，青禾建设集团工会为一线职工送去清凉。", "青禾建设集团工会")]
    public void A_companys_own_name_stays(string text, string name) => Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_traditional_page_never_files_its_report_under_a_fragment()
    {
        var organisation = Attribute("市某某公司工會舉辦健步走活動",
            "11月5日下午，市某某公司工會在公園舉辦健步走活動。", "下午3時，隨著公司工會主席李某的一聲號令，選手們出發。").Organisation;
        Assert.DoesNotContain("随", organisation);
        Assert.DoesNotContain("隨", organisation);
    }

    [Theory]
    [InlineData("近日，房山区石楼镇总工会举办职工技能竞赛。", "北京市房山区石楼镇总工会")]
    [InlineData("近日，延庆区永宁镇总工会举办职工技能竞赛。", "北京市延庆区永宁镇总工会")]
    [InlineData("近日，密云区石城镇总工会举办职工技能竞赛。", "北京市密云区石城镇总工会")]
    [InlineData("近日，海淀区清河街道总工会举办职工技能竞赛。", "北京市海淀区清河街道总工会")]   // as before
    public void A_town_of_a_municipalitys_district_carries_the_municipality(string text, string name) => Assert.Equal(name, FirstName(text));
}
