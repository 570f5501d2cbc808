using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A round-up under a lead in which the area's unions answer a union's call, whose paragraphs each run two unions' items
/// together (one union's doings, then a sentence in which another union acts first): each union's item is a report.
/// Every sentence here is the tests' own.
/// </summary>
public sealed class PairedItemsTests
{
    [Fact]
    public void Paragraphs_each_holding_two_unions_items_under_an_answering_lead_give_one_report_per_union()
    {
        var result = IngestItems("""
            嘉兴各级工会携手迎新春
            自嘉兴市总工会1月10日向各级工会发出通知以来，各级工会积极响应，结合实际开展丰富多彩的新春活动，把温暖送到职工身边。
            春节临近，不少外地职工选择留在当地过年。为让他们安心过节，海宁市总工会开展新春慰问活动，为两百名外地职工送去年货礼包。桐乡市总工会创新方式，推出线上年味摄影大赛，吸引了三百多名职工参加，作品在工会公众号上展出。
            寒潮来袭，户外劳动者坚守岗位。为做好关爱服务，平湖市总工会在各职工驿站备好姜茶和暖宝宝，延长开放时间。为丰富职工的节日生活，嘉善县总工会开展了写春联送祝福活动，书法志愿者为职工写下一百多副春联。
            """, 4);
        Assert.Equal(["海宁市总工会", "桐乡市总工会", "平湖市总工会", "嘉善县总工会"], result.Reports.Select(r => r.Organisation));
        // The lead opens the first item, and the second item starts where its union acts.
        Assert.StartsWith("自嘉兴市总工会", result.Reports[0].Passages.First().Text);
        Assert.StartsWith("桐乡市总工会创新方式", result.Reports[1].Passages.First().Text);
    }

    [Fact]
    public void One_news_item_naming_a_partner_union_in_a_later_sentence_stays_whole()
    {
        // The counter-case: no lead of the area's unions, one union's news naming the union it worked with.
        IngestItems("""
            海宁市总工会开展新春慰问活动
            春节临近，不少外地职工选择留在当地过年。为让他们安心过节，海宁市总工会开展新春慰问活动，为两百名外地职工送去年货礼包。桐乡市总工会派员参加了慰问，并介绍了本地的做法，两地工会将继续加强交流合作。
            活动中，海宁市总工会还为职工送上了电影票和健康体检卡，让他们在异乡感受到家的温暖。
            """, 1);
    }

    [Fact]
    public void Under_an_answering_lead_a_sentence_naming_the_items_union_again_does_not_start_an_item()
    {
        // The counter-case: the second union acts with the item's union (a sentence naming both), so it is the same item.
        var result = IngestItems("""
            嘉兴各级工会携手迎新春
            自嘉兴市总工会1月10日向各级工会发出通知以来，各级工会积极响应，结合实际开展丰富多彩的新春活动，把温暖送到职工身边。
            为让外地职工安心过节，海宁市总工会开展新春慰问活动，为两百名外地职工送去年货礼包。桐乡市总工会与海宁市总工会联合举办了线上年味摄影大赛，吸引了三百多名职工参加。
            为做好关爱服务，平湖市总工会在各职工驿站备好姜茶和暖宝宝，延长开放时间，让户外劳动者有个歇脚的地方。
            为丰富职工的节日生活，嘉善县总工会开展了写春联送祝福活动，书法志愿者为职工写下一百多副春联。
            """, 3);
        Assert.Contains("桐乡市总工会与海宁市总工会", string.Concat(result.Reports[0].Passages.Select(p => p.Text)));
    }

    [Fact]
    public void A_lead_whose_union_asks_its_unions_to_act_keeps_their_doings_in_its_one_report()
    {
        // The counter-case: the group union plans the holiday and asks its unions (要求各工会…, their object, not their
        // own subject), and the page tells its mine unions' doings as parts of that one report.
        IngestItems("""
            某集团各工会开展文体活动迎新年
            为了活跃节日气氛，某集团公司工会对节日文体活动进行安排部署，要求各工会在做好后勤保障的同时，开展职工喜闻乐见的文娱活动。
            某集团公司工会举办的趣味篮球赛和拔河比赛在机关广场举行，场面热烈。东山煤矿工会组织开展了迎新年卡拉OK比赛，三十多名职工登台献艺，赢得阵阵掌声。西岭矿工会在元旦早晨组织家属协管员为井下职工送上平安祝福，所到班组欢声笑语。
            """, 1);
    }
}
