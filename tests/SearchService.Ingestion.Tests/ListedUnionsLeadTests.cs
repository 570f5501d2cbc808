using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A round-up whose lead lists by name the unions whose headed sections follow, and round-ups headed by cities written by
/// their short form before a colon with the item's own headline. Every sentence here is the tests' own.
/// </summary>
public sealed class ListedUnionsLeadTests
{
    [Fact]
    public void A_lead_listing_the_unions_whose_headings_follow_opens_the_first_item_and_is_no_report_of_its_own()
    {
        var result = IngestItems("""
            情系一线 工会有爱
            编辑：王明  2024-09-12 10:20
            为关心关爱外来务工人员，中秋佳节前夕，市总工会、蕉城区总工会、霞浦县总工会、古田县总工会分别深入企业和职工家中开展走访慰问活动，送上节日的祝福。
            蕉城区总工会
            9月10日，蕉城区总工会走访辖区三家物流企业，为一线快递员送上月饼和慰问金。
            霞浦县总工会
            9月9日，霞浦县总工会组织开展“微心愿”认领活动，为二十名困难职工子女圆梦。
            古田县总工会
            9月11日，古田县总工会在工业园区举办中秋联谊会，两百余名职工参加。
            """, 3);
        Assert.Equal(["蕉城区总工会", "霞浦县总工会", "古田县总工会"], result.Reports.Select(r => r.Title));
        Assert.StartsWith("为关心关爱外来务工人员", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void One_news_item_whose_lead_names_three_joint_organisers_stays_one_report()
    {
        var result = Ingest("""
            三地工会联合举办职工技能大赛
            近日，蕉城区总工会、霞浦县总工会和古田县总工会联合举办职工技能大赛，三百余名职工同台竞技。
            比赛设电工、焊工、叉车三个项目，决赛在蕉城区职业技术学校举行。
            蕉城区总工会有关负责人表示，将以赛促学，持续提升职工技能水平。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Cities_written_by_their_short_form_before_a_colon_with_their_items_headline_head_a_round_ups_items()
    {
        var result = IngestItems("""
            各地工会多彩活动迎双节
            发布时间：2024-09-30 17:20
            嘉兴:“双站点”联动送暖 多元服务进园区
            近日，嘉兴市总工会联合二十余家社会组织在园区举办中秋国庆系列服务活动，为职工送上健康体检和非遗体验。
            湖州:“暖新”晚会情满中秋 骑手月下团圆
            “月圆人团圆，工会在身边。”9月27日晚，湖州市新就业形态劳动者中秋晚会在市中心广场举行，三百余名骑手参加。
            """, 2);
        // The page's headline over no text of its own titles the collection.
        Assert.Equal("嘉兴:“双站点”联动送暖 多元服务进园区", result.Reports[0].Title);
        Assert.Equal("湖州:“暖新”晚会情满中秋 骑手月下团圆", result.Reports[1].Title);
        Assert.Equal("嘉兴市总工会", result.Reports[0].Organisation);
    }

    [Fact]
    public void A_city_quoted_before_a_colon_with_a_sentence_after_it_heads_nothing()
    {
        var result = Ingest("""
            嘉兴市总工会召开职工驿站建设推进会
            近日，嘉兴市总工会召开全市职工驿站建设推进会，总结上半年工作，部署下一阶段任务。
            嘉兴：今年将新建职工驿站三十个，实现镇街全覆盖。
            会议要求，各级工会要把驿站建设作为服务职工的重要抓手，确保年底前全部建成投用。
            湖州：驿站建设经验交流会下月召开。
            与会人员还实地参观了城南职工驿站。
            """);
        Assert.Single(result.Reports);
    }
}
