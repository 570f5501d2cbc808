using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Round-ups whose items are headed by their place and their own headline (<c>某某县：深入一线送关怀</c>), the lead that
/// names several places' unions by their count, and the single reports that look like them. Every sentence here is the
/// tests' own.
/// </summary>
public sealed class PlaceTitledItemTests
{
    [Theory]
    [InlineData("：", "，")]
    [InlineData(":", ",")]
    public void Places_each_titled_by_their_own_headline_head_a_round_ups_items_and_the_whole_line_titles_each(string colon, string comma)
    {
        var result = IngestItems($"""
            各地工会新春送关怀 情暖一线职工
            新春佳节来临之际，嘉兴市桐乡市、海宁市、平湖市三地总工会相继开展“工会温暖进万家”慰问活动，把关怀送到职工身边。
            桐乡市{colon}走进工地送温暖{comma}“娘家人”就在身边
            近日，桐乡市总工会慰问组来到城东工地，为坚守岗位的建筑工人送上米面油和春联。
            海宁市{colon}座谈交流听心声
            近日，海宁市总工会召开劳模座谈会，二十位劳动模范围绕技能传承提出意见建议。
            平湖市{colon}精准帮扶全覆盖{comma}多元关爱暖人心
            平湖市总工会送温暖活动近日圆满结束，共慰问困难职工和一线职工三百余人。
            """, 3);
        Assert.Equal([$"桐乡市{colon}走进工地送温暖{comma}“娘家人”就在身边", $"海宁市{colon}座谈交流听心声", $"平湖市{colon}精准帮扶全覆盖{comma}多元关爱暖人心"],
            result.Reports.Select(r => r.Title));
        // The lead naming the three places' unions by their count opens the first item; none of them acts in it.
        Assert.StartsWith("新春佳节来临之际", result.Reports[0].Passages.First().Text);
        Assert.Equal(["桐乡市总工会", "海宁市总工会", "平湖市总工会"], result.Reports.Select(r => r.Organisation![^6..]));
    }

    [Fact]
    public void One_place_titled_heading_right_under_the_pages_lead_makes_the_lead_and_the_places_item_two_reports()
    {
        var result = IngestItems("""
            暖心慰问启新程 情系职工守初心
            春节前夕，青岭区工会系统广泛开展送温暖系列慰问活动，覆盖一线职工、劳动模范和困难职工等群体。
            城南街道：情暖新春爱润职工
            年味渐浓，城南街道总工会集中开展新春走访慰问活动，为留守岗位的农民工送上节日祝福。
            随后，工会主席带队走访五位退休劳模，详细询问他们的身体和生活状况。
            """, 2);
        Assert.Equal("暖心慰问启新程 情系职工守初心", result.Reports[0].Title);
        Assert.Equal("城南街道：情暖新春爱润职工", result.Reports[1].Title);
        Assert.Equal(2, result.Reports[1].Passages.Count());
    }

    [Fact]
    public void A_place_titled_subheading_whose_text_does_not_name_the_place_stays_in_its_report()
    {
        var result = Ingest("""
            桐乡市总工会开展送温暖活动
            近日，桐乡市总工会开展“两节”送温暖活动，共走访慰问困难职工三百户，发放慰问金六十万元。
            桐乡市：精准摸排不漏一户
            工会干部逐户走访，建立困难职工档案，把帮扶资金和物资送到最需要的人手中。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_reports_part_headed_by_a_function_before_a_colon_makes_no_item()
    {
        var result = Ingest("""
            青岭县职工驿站正式启用
            近日，青岭县总工会在城南街道建成职工驿站，驿站分为三个功能区，免费向户外劳动者开放。
            阅读区：藏书两千册供职工借阅！
            职工可在此借阅图书和报刊，驿站每天开放十小时，节假日照常开放。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_place_titled_line_among_a_sidebars_dated_links_makes_no_item()
    {
        var result = Ingest("""
            清凉送到一线 关爱暖在心头
            近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            最新资讯
            2024/12
            城东社区：采摘迎丰收 共绘幸福图
            12月20日下午，桐乡市城东社区工会组织职工走进果园，开展采摘体验活动
            """);
        Assert.Single(result.Reports);
    }

    [Theory]
    [InlineData("桐乡市总工会：0573-88001234")]
    [InlineData("桐乡市总工会：王明")]
    [InlineData("桐乡市：振兴路12号")]
    public void A_contact_line_with_a_union_or_place_before_its_colon_heads_nothing(string contact)
    {
        var result = Ingest($"""
            桐乡市总工会开展送温暖活动
            近日，桐乡市总工会开展“两节”送温暖活动，共走访慰问困难职工三百户，发放慰问金六十万元。
            {contact}
            活动中，工会干部还走访了十家建筑企业，为一线职工送去米面油和春联等慰问品。
            {contact}
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Two_places_unions_named_together_act_jointly_in_one_news_item_and_lead_no_round_up()
    {
        var result = Ingest("""
            近日，桐乡、海宁两地工会签署职工服务协作协议，推动两地职工共享服务阵地。
            桐乡市总工会表示，将向海宁职工开放全市职工服务驿站和疗休养基地。
            海宁市总工会表示，将与桐乡共同举办劳模工匠交流活动。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_digests_headline_is_not_joined_to_the_bracketed_headline_under_it_as_a_wrapped_line()
    {
        var result = IngestItems("""
            青岭县总工会近期工作动态
            【职工书屋揭牌开放】
            青岭县总工会职工书屋日前揭牌开放，藏书五千余册，向全县职工免费开放。
            【城南街道举办技能竞赛】
            3月5日，城南街道总工会举办职工技能竞赛，一百余名职工参加焊工、电工等五个工种的比拼。
            """, 2);
        Assert.Equal(["职工书屋揭牌开放", "城南街道举办技能竞赛"], result.Reports.Select(r => r.Title));
        Assert.All(result.Reports, r => Assert.Equal("青岭县总工会近期工作动态", r.Collection));
    }

    [Fact]
    public void An_entrys_headline_wrapped_over_two_lines_is_still_one_headline()
    {
        var result = IngestItems("""
            青岭县总工会举办
            职工篮球联赛
            4月26日，青岭县总工会职工篮球联赛在县体育馆开幕，二十支代表队参赛。
            城南街道总工会召开会员代表大会
            5月8日，城南街道总工会召开第二次会员代表大会，选举产生新一届委员会。
            """, 2);
        Assert.Equal("青岭县总工会举办职工篮球联赛", result.Reports[0].Title);
    }

    [Fact]
    public void A_marked_items_title_passes_over_its_purpose_and_then_its_date()
    {
        var result = IngestItems("""
            ▶6月17日上午，青岭县总工会在城南工业园举办职工技能比武，两百余名职工参加五个工种的比拼。
            ▶为丰富职工业余文化生活，6月10日，城南街道总工会举办职工书画展，展出作品一百余幅。
            ▶6月19日下午，青岭县某某集团工会组织青年职工开展安全生产知识竞赛，十支代表队参赛。
            """, 3);
        Assert.Equal("城南街道总工会举办职工书画展", result.Reports[1].Title);
    }
}
