using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A site's tag or topic page of teasers: each item a headline over a summary of one paragraph, dated (over the headline,
/// after it on its line, or under the summary) or closed by a link (<c>[详细]</c>, <c>更多&gt;&gt;</c>); each teaser is a
/// report. One news item with subheadings, or headlines over summaries neither dated nor linked, stays as it was. Every
/// sentence here is the tests' own.
/// </summary>
public sealed class TopicTeasersTests
{
    private const string Dated = """
        标签：送温暖
        青山县总工会开展送清凉慰问活动
        7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
        2024-07-15
        [详细]
        白水区总工会举办职工篮球联赛
        为丰富职工业余文化生活，白水区总工会近日在区体育馆举办第三届职工篮球联赛，二十支代表队参赛...
        2024-07-10
        [详细]
        绿洲市总工会慰问困难劳模
        近日，绿洲市总工会负责同志走访慰问困难劳模，详细了解他们的身体状况和生活困难，送上慰问金
        2024-07-02
        [详细]
        """;

    [Fact]
    public void Each_teaser_dated_under_its_summary_is_a_report()
    {
        var result = IngestItems(Dated, 3);
        Assert.Equal("青山县总工会开展送清凉慰问活动", result.Reports[0].Title);
        Assert.Equal("白水区总工会举办职工篮球联赛", result.Reports[1].Title);
        Assert.Equal("绿洲市总工会慰问困难劳模", result.Reports[2].Title);
        Assert.Contains("困难劳模", result.Reports[2].Passages.First().Text);
    }

    [Fact]
    public void Teasers_dated_after_their_headlines_on_one_line_are_reports()
    {
        var result = IngestItems("""
            专题：职工之家
            青山县总工会开展送清凉慰问活动 2024-07-15
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            白水区总工会举办职工篮球联赛 2024-07-10
            为丰富职工业余文化生活，白水区总工会近日在区体育馆举办第三届职工篮球联赛，二十支代表队参赛...
            绿洲这家驿站很贴心！ 2024-07-02
            “有地方歇脚、喝口热水，心里暖和多了。”绿洲市总工会新建的户外劳动者驿站投用后，常有快递员来这里休息。
            """, 3);
        Assert.Equal("青山县总工会开展送清凉慰问活动", result.Reports[0].Title);
        Assert.Equal("绿洲这家驿站很贴心！", result.Reports[2].Title);
    }

    [Fact]
    public void Bulleted_teasers_dated_before_their_headlines_on_one_line_are_reports()
    {
        var result = IngestItems("""
            标签：劳动竞赛
            · [2024-07-15] 青山县总工会举办电工技能比武
            7月15日，青山县总工会联合县供电公司举办电工技能比武，六十余名一线电工同场竞技，比赛分理论和实操两部分。
            · [2024-07-10] 白水区总工会举办职工篮球联赛
            为丰富职工业余文化生活，白水区总工会近日在区体育馆举办第三届职工篮球联赛，二十支代表队参赛...
            """, 2);
        Assert.Equal("青山县总工会举办电工技能比武", result.Reports[0].Title);
        Assert.Equal("白水区总工会举办职工篮球联赛", result.Reports[1].Title);
    }

    [Fact]
    public void Teasers_dated_over_their_headlines_keep_each_date_with_its_teaser()
    {
        var result = IngestItems("""
            2024-07-15
            青山县总工会开展送清凉慰问活动
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            2024-07-10
            白水区总工会举办职工篮球联赛
            为丰富职工业余文化生活，白水区总工会近日在区体育馆举办第三届职工篮球联赛，二十支代表队参赛...
            """, 2);
        Assert.Equal("白水区总工会举办职工篮球联赛", result.Reports[1].Title);
    }

    [Fact]
    public void A_summary_cut_by_the_page_after_its_date_is_its_teasers_text()
    {
        var result = IngestItems("""
            青山县总工会开展送清凉慰问活动
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            2024-07-15
            白水区总工会举办职工篮球联赛
            7月8日至10日,由白水区总工会主办的第三届职工篮球联赛在区体育馆举行,二十支代表队参
            2024-07-10
            """, 2);
        Assert.Contains("第三届职工篮球联赛", result.Reports[1].Passages.First().Text);
    }

    [Fact]
    public void Summaries_cut_at_one_width_keep_their_links_and_dates_apart()
    {
        // Cut at nearly one width, the summaries look hard-wrapped: the link and the date under each are still no rest of it.
        var result = IngestItems("""
            青山县总工会开展送清凉慰问活动
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温
            更多
            白水区总工会举办职工篮球联赛
            为丰富职工业余文化生活，白水区总工会近日在区体育馆举办第三届职工篮球联赛，二十支代表队参赛角逐冠军
            更多
            绿洲市总工会慰问困难劳模
            近日，绿洲市总工会负责同志走访慰问困难劳模，详细了解他们的身体状况和生活困难，送上慰问金和慰问品帮
            2024-07-02
            更多
            """, 3);
        Assert.Equal("绿洲市总工会慰问困难劳模", result.Reports[2].Title);
    }

    [Fact]
    public void Teasers_closed_by_a_link_alone_are_reports()
    {
        IngestItems("""
            青山县总工会开展送清凉慰问活动
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            详细>>
            白水区总工会举办职工篮球联赛
            为丰富职工业余文化生活，白水区总工会近日在区体育馆举办第三届职工篮球联赛，二十支代表队参赛
            更多
            """, 2);
    }

    [Fact]
    public void One_news_item_with_subheadings_over_single_paragraphs_stays_one_report()
    {
        IngestItems("""
            青山县总工会开展送清凉慰问活动
            2024-07-15
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            送清凉走进建筑工地
            在城南一处建筑工地，工会干部把绿豆汤、藿香正气水等防暑物品送到工人手中，叮嘱大家合理安排作业时间。
            送清凉走进环卫站点
            在城区环卫站点，工会干部与环卫工人交谈，了解他们的工作和生活情况，并为站点添置了冰柜和饮水机。
            """, 1);
    }

    [Fact]
    public void Headlines_over_summaries_neither_dated_nor_linked_are_not_read_as_teasers()
    {
        // No date or link says these are teasers: the page stays as the other shapes read it (here one report).
        IngestItems("""
            送清凉走进建筑工地
            在城南一处建筑工地，工会干部把绿豆汤、藿香正气水等防暑物品送到工人手中，叮嘱大家合理安排作业时间。
            送清凉走进环卫站点
            在城区环卫站点，工会干部与环卫工人交谈，了解他们的工作和生活情况，并为站点添置了冰柜和饮水机。
            """, 1);
    }

    [Fact]
    public void One_teaser_alone_is_one_report()
    {
        IngestItems("""
            标签：送温暖
            青山县总工会开展送清凉慰问活动
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            2024-07-15
            [详细]
            """, 1);
    }

    [Fact]
    public void A_news_item_over_a_related_list_of_dated_teasers_stays_one_report()
    {
        IngestItems("""
            青山县总工会开展送清凉慰问活动
            2024-07-15
            7月15日，青山县总工会班子成员分组深入建筑工地、环卫站点，为高温下坚守岗位的一线职工送去防暑降温物品。
            工会干部还叮嘱大家合理安排作业时间，注意防暑降温，并向职工宣传了工会的各项服务。
            相关新闻
            白水区总工会举办职工篮球联赛 2024-07-10
            绿洲市总工会慰问困难劳模 2024-07-02
            """, 1);
    }
}
