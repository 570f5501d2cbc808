using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A paper's further item (<c>又讯</c>) glued under a page's only news item, an abstract printed over its item's full
/// text, and a site's profile and menu labels over one article: what is an item and what is furniture. Every sentence
/// here is the tests' own.
/// </summary>
public sealed class FurtherItemAndFurnitureTests
{
    [Fact]
    public void A_further_item_under_a_pages_only_news_item_is_a_report_of_its_own()
    {
        var result = IngestItems("""
            桐乡：工会包车送三百名职工返乡过年
            2024-02-01 来源：某某工报
              1月30日上午，桐乡市总工会在城东客运站举行爱心返乡专车发车仪式，六辆大巴载着三百余名外地职工踏上回家的路。
              “工会的车又安全又舒心。”一名在当地工作了五年的职工说，这已是他第三次坐上工会的返乡专车。
              又讯 近日，江阴市总工会联合当地人社部门走进十余家企业，为春节期间坚守岗位的一线职工送去慰问品和节日祝福。
            """, 2);
        Assert.Contains("江阴市总工会", result.Reports[1].Passages.First().Text);
    }

    [Fact]
    public void A_news_item_without_a_further_item_stays_one_report()
    {
        IngestItems("""
            桐乡：工会包车送三百名职工返乡过年
            2024-02-01 来源：某某工报
              1月30日上午，桐乡市总工会在城东客运站举行爱心返乡专车发车仪式，六辆大巴载着三百余名外地职工踏上回家的路。
              “工会的车又安全又舒心。”一名在当地工作了五年的职工说，这已是他第三次坐上工会的返乡专车。
            """, 1);
    }

    [Fact]
    public void An_abstract_cut_with_an_ellipsis_over_the_full_text_is_no_second_item()
    {
        var result = IngestItems("""
            某某自治区总工会到某市调研产业工人队伍建设
            广告位
              某某网讯 近日，某某自治区总工会副主席王明一行到鄂尔多斯市调研产业工人队伍建设改革工作。   调研组先后来到两家企业…
              某某网讯 近日，某某自治区总工会副主席王明一行到鄂尔多斯市调研产业工人队伍建设改革工作。
              调研组先后来到两家企业的生产车间和职工书屋，详细了解技能人才培养和职工思想政治引领工作开展情况。
            """, 1);
        Assert.Equal("某某自治区总工会到某市调研产业工人队伍建设", result.Reports[0].Title);
    }

    [Fact]
    public void Two_news_leads_of_two_items_are_still_two_reports()
    {
        IngestItems("""
            某某网讯 近日，桐乡市总工会在城东工业园区举办职工技能比武，来自二十家企业的一百多名职工参加了电工、焊工两个项目的比赛…
            比赛设置理论考试和实操考核两个环节，获奖选手将获得相应的职业技能等级证书。
            某某网讯 日前，江阴市总工会组织开展“送法进企业”活动，律师志愿者走进十余家规上企业，为职工讲解劳动合同方面的法律知识。
            活动现场还设置了咨询台，志愿者一对一解答职工关心的加班工资、休息休假等问题。
            """, 2);
    }

    [Fact]
    public void A_sites_profile_and_menu_labels_over_one_article_head_no_items_and_title_nothing()
    {
        var result = IngestItems("""
            省总工会介绍
            某某省总工会是全省工会组织的领导机关，下设办公室、组织部、宣传教育部等部门和十个产业工会..
            部门及产业工会
            打印
            3月5日，省总工会党组书记、主席王明率队赴某某市调研，深入两家企业的创新工作室了解产业工人技能提升情况。
            某某化工有限公司是当地的龙头企业，近年来依托劳模创新工作室完成技术革新项目三十余项。
            始建于1990年的某某机械股份有限公司，已形成四大产品系列，职工技能等级逐年提升。
            """, 1);
        Assert.DoesNotContain(result.Reports[0].Title, new[] { "省总工会介绍", "部门及产业工会" });
    }
}
