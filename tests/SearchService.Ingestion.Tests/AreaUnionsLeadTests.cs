using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A lead naming an area's unions: written with bracketed levels (各县(市)区总工会) it is still the area's unions, and a
/// lead in two steps (one union calls, the area's unions act in a later sentence) heads a round-up of their items. Every
/// sentence here is the tests' own.
/// </summary>
public sealed class AreaUnionsLeadTests
{
    [Fact]
    public void A_lead_whose_union_organises_its_area_unions_written_with_bracketed_levels_keeps_their_parts_in_one_report()
    {
        var result = IngestItems("""
            近日，嘉兴市总工会组织各县(市)区总工会、市级产业工会，走访慰问在嘉兴工作的两百名外地职工，送去节日的问候。
            在南湖区职工服务中心，南湖区总工会向三十名外地职工表示慰问，根据他们的心愿送出电饭煲、被褥等生活用品，职工们纷纷表示感谢。
            海宁市总工会与海宁经济开发区总工会联合开展慰问外地职工活动，共向十家企业的四十名职工发放慰问品，感谢他们的辛勤付出。
            嘉兴市总工会有关负责人表示，将持续做好外地职工服务工作，让他们在嘉兴安心工作、温暖过节。
            """, 1);
        Assert.Equal("嘉兴市总工会", result.Reports[0].Organisation);
    }

    [Fact]
    public void Levels_in_full_width_brackets_with_a_list_mark_are_the_area_unions_too()
    {
        var result = IngestItems("""
            近日，嘉兴市总工会带领各县（市、区）工会，深入建筑工地和快递网点，走访慰问坚守岗位的一线职工，送去防暑降温用品。
            在南湖区职工服务中心，南湖区总工会向三十名快递小哥送上清凉饮品和毛巾，叮嘱他们注意防暑，合理安排作业时间。
            海宁市总工会来到三个在建工地，为两百名建筑工人送去西瓜和藿香正气水，并检查企业防暑降温措施落实情况。
            嘉兴市总工会有关负责人表示，夏季送清凉活动将持续到九月底，覆盖全市所有县（市、区）。
            """, 1);
        Assert.Equal("嘉兴市总工会", result.Reports[0].Organisation);
    }

    [Fact]
    public void A_lead_of_one_union_then_its_area_unions_together_heads_a_round_up_of_their_items()
    {
        var result = IngestItems("""
            浙江：外地职工安心过年 工会服务暖人心
            春节临近，为让外地职工留在当地安心过年，浙江省总工会向全省职工发出倡议。为了让职工留得下、过好年，各级工会多措并举为职工提供贴心服务。
            浙江省总工会线上开展新春普惠活动，内容涵盖健康体检、心理关怀、晒年货照片等多个方面，为留在浙江过年的职工送上温暖。
            “留杭过大年 温暖在身边”，杭州市总工会开展新春有礼和保险护佑活动，为一线职工送去节日礼包和健康保障。
            宁波市总工会充分发挥工会组织优势，走进外地职工集中的企业和工地开展文艺演出，为他们送去节日的欢乐。
            温州市总工会发布致外地职工的一封信，精心策划了工会送福系列活动，为留温过年的职工送上年夜饭和慰问金。
            """, 4);
        Assert.Equal(["浙江省总工会", "杭州市总工会", "宁波市总工会", "温州市总工会"], result.Reports.Select(r => r.Organisation));
        // The lead opens the first item; it is no report of its own.
        Assert.StartsWith("春节临近", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void One_news_item_whose_lead_names_its_union_and_its_area_unions_in_one_sentence_stays_whole()
    {
        // The counter-case: the city union and its county unions act in the lead's first sentence, and its county unions'
        // paragraphs follow under a headline naming the city union.
        IngestItems("""
            嘉兴市总工会开展新春送温暖活动
            春节前夕，嘉兴市总工会在全市开展新春送温暖活动，各县市区工会同步行动，走访慰问困难职工和一线劳动者。
            海宁市总工会走访慰问了八十名困难职工，为他们送去慰问金和年货，了解他们的生产生活情况。
            桐乡市总工会来到三家企业，看望坚守岗位的一线职工，送上新春祝福和慰问品。
            平湖市总工会为两百名环卫工人送去棉衣和手套，叮嘱他们注意安全。
            """, 1);
    }

    [Fact]
    public void A_lead_in_two_steps_over_one_news_item_and_its_further_item_stays_that_items_text()
    {
        // The counter-case: no round-up follows the lead, only a paper's further item (又讯), which keeps its own report.
        var result = IngestItems("""
            市总工会主席慰问高温下的一线职工
            今夏，热浪滚滚。在市总工会主席的带领下，从市总工会到各区、产业局，各级工会组织深入一线开展夏送清凉活动，把关爱送到了热火朝天的劳动一线。
            又讯 9月2日，东湖镇总工会召开成立大会，镇党委书记在会上要求镇总工会切实维护职工合法权益，团结带领职工建功立业。
            """, 2);
        Assert.Equal("市总工会主席慰问高温下的一线职工", result.Reports[0].Title);
        Assert.StartsWith("今夏", result.Reports[0].Passages.First().Text);
    }
}
