using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// The twenty-first round's splitting shapes: a lead whose union organises its area's unions written with bracketed
/// levels, a lead in two steps over its area's unions' items, briefs closed by their writers' names one of which lost
/// them, and a page's two-button bar. Every sentence here is the tests' own.
/// </summary>
public sealed class Split22Tests
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

    [Fact]
    public void In_a_page_of_dated_briefs_closed_by_their_writers_names_a_brief_without_its_names_ends_at_the_next_date()
    {
        var result = IngestItems("""
            5月20日，青松林业局工会举办职工趣味运动会，设置拔河、跳绳、袋鼠跳等八个项目，三百余名职工参加比赛。（王明 李华）
            5月21日清晨，白桦林业局工会、林业局体协举办职工健步走活动，路线沿河岸公路全程约五公里，两百余人参加。（张强）
            5月22日，红松林业局工会组织工会干部和志愿者来到防火一线，为值守的职工送去粽子和鸡蛋，叮嘱大家注意安全，做好值守工作。
            5月23日，落叶松林业局举办职工书画展，展出职工创作的书法、绘画和摄影作品一百余幅，吸引了众多职工前来观看。（赵刚 孙丽）
            """, 4);
        Assert.StartsWith("5月23日，落叶松林业局", result.Reports[3].Passages.First().Text);
    }

    [Fact]
    public void A_briefs_second_dated_paragraph_stays_with_it_when_an_item_already_has_two_paragraphs()
    {
        // The counter-case: the briefs are closed by names, but an item of two paragraphs goes on to its names.
        var result = IngestItems("""
            5月20日，青松林业局工会举办职工趣味运动会，设置拔河、跳绳、袋鼠跳等八个项目，三百余名职工参加比赛。（王明 李华）
            5月21日，白桦林业局工会举办职工健步走活动，路线沿河岸公路全程约五公里，两百余名职工参加了活动。
            活动现场，职工们精神饱满，步伐整齐，沿途欣赏了林区的美丽风光，大家纷纷表示收获满满。
            5月22日，白桦林业局工会又组织职工开展环保志愿活动，清理河岸垃圾两百余公斤，守护林区环境。（张强）
            """, 2);
        Assert.Contains(result.Reports[1].Passages, p => p.Text.StartsWith("5月22日", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bar_of_two_site_buttons_is_chrome_and_titles_nothing()
    {
        var text = """
            设为首页 | 收藏本站
            桐乡市总工会举办职工读书月活动
            发布时间：2024-04-23
            4月23日，桐乡市总工会举办职工读书月启动仪式，向基层职工书屋赠送图书两千册，并邀请作家为职工开展读书讲座。
            """;
        var result = IngestItems(text, 1);
        Assert.Equal("桐乡市总工会举办职工读书月活动", result.Reports[0].Title);
        Assert.Contains(result.Dropped, d => d.Text.Contains("设为首页", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_naming_a_homepage_is_no_chrome()
    {
        // The counter-case: the button words stand inside a headline with other words.
        var result = IngestItems("""
            桐乡市总工会网站首页改版上线
            4月23日，桐乡市总工会网站完成改版上线，新版首页设置职工服务、政策法规等栏目，方便职工查询办事。
            """, 1);
        Assert.Equal("桐乡市总工会网站首页改版上线", result.Reports[0].Title);
    }
    [Fact]
    public void A_headline_printed_under_the_text_above_the_sites_furniture_titles_the_page()
    {
        var result = IngestItems("""
            12月5日，桐乡市气温降至零下五摄氏度。寒风中，桐乡站候车室里挂起了“温暖回家路”的横幅。
            下午三时，桐乡市总工会负责人带着慰问品来到候车区，为返乡的农民工送上热水和棉手套。
            四时二十分，列车载着八百名农民工驶出桐乡站。
            市总工会送农民工返乡过年
            【订票就上本站网址】
            上一篇
            某地车站开展安全宣传
            """, 1);
        Assert.Equal("市总工会送农民工返乡过年", result.Reports[0].Title);
    }

    [Fact]
    public void A_closing_line_with_prose_after_it_or_a_sentence_in_it_titles_nothing()
    {
        // Counter-cases: a subheading with the text going on under it, and a closing remark that is a sentence.
        var goesOn = IngestItems("""
            12月5日，桐乡市总工会负责人带着慰问品来到候车区，为返乡的农民工送上热水和棉手套。
            四时二十分，列车载着八百名农民工驶出桐乡站，大家纷纷挥手致谢。
            下一步工作打算和具体安排
            市总工会将继续做好农民工返乡服务工作，为他们提供更多便利。
            """, 1);
        Assert.Equal("page", goesOn.Reports[0].Title);
        var sentence = IngestItems("""
            12月5日，桐乡市总工会负责人带着慰问品来到候车区，为返乡的农民工送上热水和棉手套。
            四时二十分，列车载着八百名农民工驶出桐乡站，大家纷纷挥手致谢。
            祝大家一路平安！
            """, 1);
        Assert.Equal("page", sentence.Reports[0].Title);
    }
}

