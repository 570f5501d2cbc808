using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A visit to a company whose union the text names by the company's brand (VisitedBrand): 莅临恒远集团总部 … 恒远集团工会,
/// 走进恒远 … 恒远工会. The company's union receives the visit and gets the report, not the visitor nor the unions
/// escorting it (在…陪同下); the visitor keeps it when the brand's union is not named, when it hands something over, or
/// when it tours several units. The one who comes (前来) is the visitor; the union receiving it hosts. Each case is read
/// by the hand-set scoring and by the shipped weights. The brands are made up.
/// </summary>
public sealed class VisitedBrandTests
{
    [Fact]
    public void A_visit_to_a_company_whose_union_is_named_by_its_brand_is_that_unions()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("杭州市总工会领导走进恒远",
                "4月9日，杭州市总工会副主席王某一行走进恒远，调研恒远工会开展职工技能培训的做法。",
                "恒远工会主席李某介绍了企业职工书屋和职工之家的建设情况。"),
            o => Assert.Equal("恒远工会", o));
        // The company's premises gone to (总部) are no part of its brand; the group's union is written with its kind.
        Assert.All(TestAttributor.OrganisationByBothScorings("市总工会领导莅临鸿泰集团总部调研",
                "9月2日，杭州市总工会副主席王某一行莅临鸿泰集团总部调研工会工作。",
                "在听取鸿泰集团工会的工作汇报后，王某对企业工会的工作给予肯定。"),
            o => Assert.Equal("鸿泰集团工会", o));
    }

    [Fact]
    public void A_visit_to_a_company_whose_union_is_not_named_stays_the_visitors()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("杭州市总工会领导走进恒远",
                "4月9日，杭州市总工会副主席王某一行走进恒远，调研企业职工技能培训的做法。",
                "王某一行参观了恒远的生产车间，并与一线职工代表座谈交流。"),
            o => Assert.Equal("杭州市总工会", o));
    }

    [Fact]
    public void The_unions_escorting_a_visit_to_the_company_are_of_the_visiting_party()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("省总工会领导到恒远调研",
                "5月6日，浙江省总工会副主席王某一行在杭州市总工会主席李某的陪同下到恒远调研。",
                "恒远工会主席张某就企业民主管理工作作了汇报。"),
            o => Assert.Equal("恒远工会", o));
        // Counter-case: the same escorted visit handing something over is not the company's.
        Assert.All(TestAttributor.OrganisationByBothScorings("省总工会领导到恒远慰问",
                "1月6日，浙江省总工会副主席王某一行在杭州市总工会主席李某的陪同下到恒远慰问一线职工。",
                "恒远工会主席张某陪同慰问，王某为职工送去了慰问品。"),
            o => Assert.NotEqual("恒远工会", o));
    }

    [Fact]
    public void The_one_who_comes_is_the_visitor_and_the_company_it_comes_to_the_host()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("市总工会领导前来恒远调研",
                "7月3日，杭州市总工会副主席王某一行前来恒远调研企业工会工作。",
                "恒远工会主席李某汇报了工会组织建设情况。"),
            o => Assert.Equal("恒远工会", o));
    }

    [Theory]
    [InlineData("桐庐县总工会热情接待了前来调研的杭州市总工会一行。", "桐庐县总工会", "Host")]
    [InlineData("桐庐县总工会热情接待了前来调研的杭州市总工会一行。", "杭州市总工会", "Visitor")]
    [InlineData("桐庐县总工会迎来杭州市总工会调研组。", "桐庐县总工会", "Host")]
    [InlineData("杭州市总工会一行前来桐庐县调研。", "杭州市总工会", "Visitor")]
    public void A_union_receiving_those_who_come_hosts_them(string text, string union, string role)
    {
        var mention = TestAttributor.Organisations.Names.Find(text).First(m => m.Name == union);
        Assert.Equal(role, mention.Role.ToString());
    }

    [Fact]
    public void The_brands_union_takes_the_companys_legal_name_the_text_writes()
    {
        Assert.All(TestAttributor.OrganisationByBothScorings("省总工会领导到恒钢调研",
                "5月6日，浙江省总工会副主席王某一行在杭州市总工会主席李某的陪同下到恒钢调研。",
                "恒钢工会主席张某就企业民主管理工作作了汇报。",
                "来源：恒远钢铁集团有限公司"),
            o => Assert.Equal("恒远钢铁集团有限公司工会", o));
        // Two companies' legal names that could both be the brand's: neither is chosen.
        Assert.Equal("恒钢工会", VisitedBrand.WrittenOut("恒钢工会", ["恒远钢铁有限公司与恒盛钢材有限公司签约"]));
        Assert.Equal("恒钢工会", VisitedBrand.WrittenOut("恒钢工会", ["来源：远恒钢铁有限公司"]));
    }

    [Theory]
    [InlineData("恒远集团总部", "恒远集团工会")]
    [InlineData("恒远，全面", "恒远工会")]
    [InlineData("杭州恒远集团", "恒远集团工会")]
    public void The_brand_opens_the_way_the_visit_goes(string way, string union)
    {
        string[] texts = ["座谈会上，恒远集团工会和恒远工会的负责人作了汇报。"];
        Assert.Equal(union == "恒远工会" ? "恒远工会" : "恒远集团工会", VisitedBrand.UnionOf(way, texts, w => w.StartsWith("杭州", StringComparison.Ordinal) ? 2 : 0));
    }

    [Theory]
    [InlineData("基层", "深入基层工会调研")]
    [InlineData("企业", "企业工会负责人汇报")]
    [InlineData("杭州", "杭州工会工作")]
    [InlineData("市总", "市总工会领导")]
    [InlineData("该企业", "该企业工会主席")]
    [InlineData("开发区对开发区工会进行", "来开发区对开发区工会进行调研")]
    [InlineData("某某镇", "某某镇工会主席")]
    [InlineData("鸿泰运输开展基层", "到鸿泰运输开展基层工会工作专题调研")]
    public void A_pointer_a_kind_a_level_or_a_place_is_no_brand(string way, string text) =>
        Assert.Null(VisitedBrand.UnionOf(way, [text], w => w == "杭州" ? 2 : 0));
}
