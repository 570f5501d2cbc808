using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Pages whose items are set apart by a place's line, an abstract under each headline, or a round-up's lead over
/// paragraphs that name their union only after a sentence or a clause; and the single reports that look like them.
/// Every sentence here is the tests' own.
/// </summary>
public sealed class SectionedPageTests
{
    [Fact]
    public void Cities_written_bare_over_their_items_headlines_give_one_report_per_city()
    {
        var result = IngestItems("""
            嘉兴
            南湖区首个职工暖心驿站启用
            6月3日上午，南湖区总工会与一家连锁药店联合举行职工暖心驿站启用仪式，为环卫工人和快递员送上清凉用品。
            驿站内配有饮水机、微波炉和药箱，户外劳动者可以随时进来歇脚、喝水、热饭。
            来源：南湖工会
            湖州
            湖州市职工乒乓球联赛落幕
            6月1日，由湖州市总工会主办的全市职工乒乓球联赛在市体育馆落下帷幕，四十支代表队参加了比赛。
            来源：湖州工会
            绍兴
            劳模宣讲团走进海岛乡村
            5月30日下午，绍兴市总工会组织的劳模宣讲团来到一个海岛乡村，三位劳模讲述了自己的成长故事。
            """, 3);
        Assert.Contains(result.Reports[0].Passages, p => p.Text.Contains("南湖区总工会", StringComparison.Ordinal));
        Assert.Contains(result.Reports[1].Passages, p => p.Text.Contains("湖州市总工会", StringComparison.Ordinal));
        Assert.Contains(result.Reports[2].Passages, p => p.Text.Contains("绍兴市总工会", StringComparison.Ordinal));
    }

    [Fact]
    public void A_city_written_bare_over_a_single_news_items_headline_leaves_it_whole()
    {
        var result = Ingest("""
            嘉兴
            南湖区首个职工暖心驿站启用
            6月3日上午，南湖区总工会与一家连锁药店联合举行职工暖心驿站启用仪式，为环卫工人和快递员送上清凉用品。
            驿站内配有饮水机、微波炉和药箱，户外劳动者可以随时进来歇脚、喝水、热饭。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_districts_section_after_the_city_unions_own_news_is_a_second_report()
    {
        var result = IngestItems("""
            情暖一线 | 嘉兴工会开展新春送温暖活动
            新春将至，关怀先行。嘉兴市总工会全面启动新春送温暖走访慰问活动，深入重点工程工地和物流园区，看望坚守岗位的一线职工。
            △慰问港区建设一线职工
            市总工会主席带队来到港区建设工地，为一线职工送上慰问品和新春祝福，并询问他们的工作和生活情况。
            △走访慰问困难职工
            南湖区
            1月26日，南湖区总工会携手一所职业学校，邀请环卫工人免费品尝热腾腾的饺子，把温暖送到他们身边。
            """, 2);
        Assert.Equal("嘉兴市总工会", result.Reports[0].Organisation);
        Assert.Equal("嘉兴市南湖区总工会", result.Reports[1].Organisation);
    }

    [Fact]
    public void A_section_on_a_district_where_the_city_union_goes_on_acting_stays_in_its_report()
    {
        var result = Ingest("""
            嘉兴工会开展新春送温暖活动
            新春将至，关怀先行。嘉兴市总工会全面启动新春送温暖走访慰问活动，深入重点工程工地和物流园区，看望坚守岗位的一线职工。
            南湖区
            1月26日，嘉兴市总工会慰问组来到南湖区一处物流园区，为快递员和货车司机送上慰问品和新春祝福。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void An_index_pages_headlines_each_over_its_abstract_give_one_report_per_headline()
    {
        var result = IngestItems("""
            某省工人报
            标题导航
              • 古镇举办职工剪纸技能大赛
                摘要：9月20日，一场职工剪纸技能大赛在古镇文化馆举行。来自周边县市的六十名剪纸艺人同台竞技，展示传统
              • 滁州市职工文化艺术节闭幕
                摘要：本报讯 9月22日晚，滁州市职工文化艺术节闭幕式在市工人文化宫举行，三十个节目参加了汇报演出，此次活
              • 芜湖市职工法律服务中心揭牌
                摘要：9月25日，芜湖市总工会联合市法院、市司法局共同建设的职工法律服务中心正式揭牌，职工可在这里一站式
            """, 3);
        Assert.Equal(["古镇举办职工剪纸技能大赛", "滁州市职工文化艺术节闭幕", "芜湖市职工法律服务中心揭牌"], result.Reports.Select(r => r.Title));
        Assert.Equal("芜湖市总工会", result.Reports[2].Organisation);
    }

    [Fact]
    public void A_single_news_item_with_its_own_abstract_is_one_report()
    {
        var result = Ingest("""
            芜湖市职工法律服务中心揭牌
            摘要：9月25日，芜湖市总工会联合市法院、市司法局共同建设的职工法律服务中心正式揭牌。
            9月25日，芜湖市总工会联合市法院、市司法局共同建设的职工法律服务中心正式揭牌，职工可在这里一站式办理法律咨询和调解。
            中心设有咨询室和调解室，每周安排律师值班，为职工免费提供服务。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_round_up_lead_over_paragraphs_naming_their_union_past_a_first_sentence_gives_one_report_per_paragraph()
    {
        var result = IngestItems("""
            “两节”将至，连日来，全市各级工会组织开展送温暖活动，把节日慰问品送到一线劳动者手中。
            在一座煤矿的生产一线，市总工会慰问团开展了新春送温暖活动，与一线职工亲切交流，叮嘱大家注意安全。
            虽然启用时间不长，但这座无人值守的爱心驿站已经成为户外劳动者的温暖小屋。近日，南湖区总工会慰问团来到驿站，为户外劳动者送上手套和护膝。
            日前，平湖市总工会启动送温暖慰问活动，为困难职工和新就业形态劳动者送去米、面、油和春联。
            """, 3);
        Assert.Contains(result.Reports[0].Passages, p => p.Text.Contains("全市各级工会", StringComparison.Ordinal));
        Assert.Contains(result.Reports[1].Passages, p => p.Text.Contains("南湖区总工会", StringComparison.Ordinal));
    }

    [Fact]
    public void A_news_item_naming_several_unions_among_those_present_stays_one_report()
    {
        var result = Ingest("""
            1月6日上午，新城户外劳动者爱心驿站举行揭牌仪式，市总工会、区总工会负责同志以及各镇总工会的有关负责同志出席仪式。
            为进一步延伸工会的服务职能，某港口集团工会积极落实上级工会部署，在园区建成这座爱心驿站。
            集团负责人表示，今后集团工会将不断拓展服务对象，积极采纳各方对驿站建设的意见。
            来自绿化部门的一名职工作为户外劳动者代表发言，感谢区总工会和集团工会为大家建起温暖的家。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_round_up_lead_over_one_unions_paragraphs_is_one_report()
    {
        var result = Ingest("""
            连日来，全市各级工会组织开展送温暖活动，把节日慰问品送到一线劳动者手中。
            在一座煤矿的生产一线，平湖市总工会慰问团开展了新春送温暖活动，与一线职工亲切交流。
            虽然天气寒冷，但一线职工干劲十足。随后，平湖市总工会慰问团来到一处建设工地，为职工送上慰问品。
            日前，平湖市总工会还为困难职工和新就业形态劳动者送去米、面、油和春联。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_marked_item_running_several_unions_briefs_together_gives_one_report_per_brief()
    {
        // The run is cut into pieces of one line: each piece is kept whole in its own report (line coverage asks for whole lines).
        var result = Ingest("""
            工会一周动态
            ○近年来，夏季送清凉已成为工会的传统品牌项目。当前正值酷暑时节，全市工会将于7月至8月集中开展送清凉活动。
            ○嘉兴市总工会相关负责人分别前往三个重点项目工地，为高温下坚守岗位的一线职工送去防暑降温物品。
            ○南湖区总工会组织三个街道持续开展送清凉活动，为辖区高温一线劳动者送去关怀；秀洲区总工会在中心广场向快递员开展夏季关怀行动，并引导大家扫码入会；海宁市总工会前往企业生产一线，看望慰问产业劳动者；平湖市总工会全面开展防暑保安康活动，将矿泉水和防暑药品送到职工手中。
            """);
        Assert.Equal(6, result.Reports.Count);
        Assert.Equal(["嘉兴市南湖区总工会", "嘉兴市秀洲区总工会", "海宁市总工会", "平湖市总工会"], result.Reports.Skip(2).Select(r => r.Organisation));
        Assert.All(result.Reports.Skip(2), r => Assert.Single(r.Passages));
    }

    [Fact]
    public void One_reports_paragraph_listing_its_county_unions_with_semicolons_stays_whole()
    {
        var result = Ingest("""
            嘉兴市总工会开展夏季送清凉活动
            近日，嘉兴市总工会在全市开展夏季送清凉活动，为高温下坚守岗位的一线职工送去防暑降温物品。
            各县市区工会同步行动：桐乡市总工会走访十家建筑企业，送去清凉用品；海宁市总工会慰问环卫工人两百余名；平湖市总工会为快递员送去防暑药品。
            """);
        Assert.Single(result.Reports);
    }
}
