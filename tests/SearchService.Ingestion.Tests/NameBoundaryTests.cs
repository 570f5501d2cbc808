using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Where a union's name is cut out of a sentence: the words on its left that are no part of it (a pronoun, a day number,
/// a time, a colon, a bracket) and those on its right. Own sentences; counter-cases keep a name whole.
/// </summary>
public class NameBoundaryTests
{
    [Theory]
    [InlineData("负责人表示，我们杭州市总工会将继续为职工办实事。", "杭州市总工会")]
    [InlineData("记者了解到，他们杭州市总工会今年开展了技能竞赛。", "杭州市总工会")]
    [InlineData("她们东风汽车集团工会女工委开展读书活动。", "东风汽车集团工会")]
    [InlineData("咱们杭州市总工会的职工之家建成了。", "杭州市总工会")]
    [InlineData("21日中华全国总工会召开会议。", "中华全国总工会")]
    [InlineData("12月21日杭州市总工会召开职工代表大会。", "杭州市总工会")]
    [InlineData("21日杭州市总工会召开职工代表大会。", "杭州市总工会")]
    [InlineData("21日上午杭州市总工会召开职工代表大会。", "杭州市总工会")]
    [InlineData("近日，杭州市网约配送行业联合工会开展骑手关爱活动。", "杭州市网约配送行业联合工会")]   // 网 opens a word of the name
    [InlineData("负责人说，我们网约配送行业联合工会将继续为骑手办实事。", "网约配送行业联合工会")]
    [InlineData("中工网杭州市总工会开展骑手关爱活动。", "杭州市总工会")]                                   // a website's name before it is cut
    [InlineData("记者从杭州工会网获悉，杭州市总工会开展骑手关爱活动。", "杭州市总工会")]
    [InlineData("近日，澳门工会联合总会组织会员参观交流。", "澳门工会联合总会")]                       // a regional federation's suffix
    [InlineData("近日，杭州市快递行业工会联合会组织会员参观交流。", "杭州市快递行业工会联合会")]
    public void Names_are_cut_where_they_begin(string text, string name) => Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("铁路总工会", "中华全国铁路总工会")]                 // the national railway union's usual short form
    [InlineData("全国铁路总工会", "中华全国铁路总工会")]
    [InlineData("中华全国铁路总工会", "中华全国铁路总工会")]
    [InlineData("中国科教文卫体工会", "中国教科文卫体工会")]          // its name written in the other order
    [InlineData("中国海员建设工会", "中国海员建设工会")]
    [InlineData("宿州邮政工会", "宿州邮政工会")]                     // the postal enterprise's union, as its papers write it
    [InlineData("宿州市邮政工会", "宿州市邮政工会")]
    [InlineData("宿州教育工会", "宿州市教育工会")]                   // a city's sector union is written out as before
    public void National_industry_unions_have_one_name(string written, string canonical) => Assert.Equal(canonical, Organisations.Canonical(written));

    [Theory]
    [InlineData("近日，铁路总工会召开执行委员会全体会议，部署下半年工作。", "中华全国铁路总工会")]
    [InlineData("近日，全国铁路总工会召开执行委员会全体会议，部署下半年工作。", "中华全国铁路总工会")]
    [InlineData("近日，杭州市海员建设工会召开委员会全体会议，部署下半年工作。", "杭州市海员建设工会")]   // a place's branch keeps its own name
    public void National_industry_unions_are_found(string text, string name) =>
        Assert.Equal(name, Attribute("执行委员会全体会议召开", text).Organisation);

    [Theory]
    [InlineData("沈阳铁路局第五届职工代表大会召开", "近日，沈铁局工会组织召开职工代表大会，审议工作报告。", "沈阳铁路局工会")]      // the bureau written out in the headline
    [InlineData("职工代表大会召开", "近日，沈铁局工会组织召开职工代表大会，审议工作报告。", "沈铁局工会")]                  // never written out: as written
    [InlineData("沈阳铁路局与哈尔滨铁路局签约", "近日，沈铁局工会组织召开职工代表大会，审议工作报告。", "沈阳铁路局工会")]  // 哈… is no initials of 沈铁局
    public void A_unit_written_by_its_initials_takes_the_name_written_out(string title, string text, string name) =>
        Assert.Equal(name, Attribute(title, text).Organisation);
}
