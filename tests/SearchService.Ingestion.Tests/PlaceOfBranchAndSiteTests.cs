using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// An enterprise's branch named after one place visited at a site in another: the site's place is where the news
/// happens, the branch's is where the enterprise is organised.
/// </summary>
public class PlaceOfBranchAndSiteTests
{
    [Fact]
    public void A_title_going_from_a_branchs_place_to_a_site_elsewhere_is_placed_at_the_site()
    {
        var found = TestAttributor.Attribute("全国总工会慰问演出走进某某建设局上海分公司潜江某某项目",
            "7月2日晚，全国总工会慰问演出走进项目工地，为三百名建设者送去文艺节目。");
        Assert.Equal("湖北省/潜江市", found.Region);
    }

    [Fact]
    public void A_branch_named_last_keeps_its_place()
    {
        var found = TestAttributor.Attribute("全国总工会慰问演出走进某某叫车公司芜湖分公司",
            "7月2日晚，全国总工会慰问演出走进公司，为司机送去文艺节目。");
        Assert.Equal("安徽省/芜湖市", found.Region);
    }

    [Fact]
    public void A_site_inside_the_branchs_place_is_placed_as_before()
    {
        var found = TestAttributor.Attribute("全国总工会慰问演出走进某某建设局上海分公司浦东某某项目",
            "7月2日晚，全国总工会慰问演出走进项目工地，为三百名建设者送去文艺节目。");
        Assert.Equal("上海市/浦东新区", found.Region);
    }

    [Fact]
    public void A_place_before_a_company_that_is_no_branch_is_placed_as_before()
    {
        var found = TestAttributor.Attribute("全国总工会慰问演出走进上海某某公司潜江某某项目",
            "7月2日晚，全国总工会慰问演出走进项目工地，为三百名建设者送去文艺节目。");
        Assert.Equal("上海市", found.Region);
    }
}
