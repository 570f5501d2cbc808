namespace SearchService.Ingestion.Tests;

/// <summary>
/// A construction project's union named under the enterprise building it (某局某公司某某项目工会) is a name; 项目 after
/// no enterprise (建设项目工会, 重点项目工会, 各项目工会) is a kind of union, no one's.
/// </summary>
public class ProjectUnionTests
{
    [Theory]
    [InlineData("上周，某某二局一公司项目工会为工地农民工购买了防暑用品。", "某某二局一公司项目工会")]
    [InlineData("上周，某某集团大桥项目工会为工地农民工购买了防暑用品。", "某某集团大桥项目工会")]
    [InlineData("上周，某某二局一公司顺义某某项目工会为工地农民工购买了防暑用品。", "某某二局一公司顺义某某项目工会")]
    public void A_project_named_under_its_enterprise_has_a_union(string text, string union) =>
        Assert.Equal(union, TestAttributor.Attribute("", text).Organisation);

    [Theory]
    [InlineData("近日，各项目工会积极开展送清凉活动。")]
    [InlineData("近日，项目工会积极开展送清凉活动。")]
    [InlineData("近日，全市重点项目工会积极开展送清凉活动。")]
    [InlineData("近日，某某集团各在建项目工会积极开展送清凉活动。")]
    [InlineData("近日，该项目工会积极开展送清凉活动。")]
    public void A_project_after_no_enterprise_names_no_union(string text) =>
        Assert.Empty(TestAttributor.Organisations.Names.Find(text));

    [Fact]
    public void A_kind_of_project_union_beside_a_union_names_only_that_union() =>
        Assert.Equal(["市总工会"], TestAttributor.Organisations.Names.Find("近日，市总工会推动建设项目工会全覆盖。").Select(m => m.Name));
}
