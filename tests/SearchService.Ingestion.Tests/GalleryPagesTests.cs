using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Pages whose photographs shape them: a headline printed again between the text's paragraphs as a photograph's
/// alternative text (with a gallery's 第2张 or without), and an e-paper's photographs captioned together over a text
/// telling their events in turn. Every sentence here is the tests' own.
/// </summary>
public sealed class GalleryPagesTests
{
    [Fact]
    public void A_headline_printed_again_between_the_paragraphs_as_a_photographs_text_is_one_report()
    {
        var result = IngestItems("""
            青松县总工会户外劳动者驿站揭牌仪式举行

            青松县总工会户外劳动者驿站揭牌仪式举行

            5月8日上午，青松县总工会举行户外劳动者爱心驿站揭牌仪式，县总工会主席王明等有关领导出席仪式并为驿站揭牌。

            青松县总工会户外劳动者驿站揭牌仪式举行

            驿站由青松县总工会和青松快递公司工会共同建设，配备饮水机、微波炉、充电柜等设施，为快递员、外卖骑手提供歇脚服务。

            青松县总工会户外劳动者驿站揭牌仪式举行 第2张

            青松县总工会将继续推进驿站建设，让更多户外劳动者感受到工会组织的温暖和关怀。
            """, 1);
        Assert.Equal("青松县总工会户外劳动者驿站揭牌仪式举行", result.Reports[0].Title);
    }

    [Fact]
    public void An_entrys_headline_printed_again_with_a_gallerys_index_continues_that_entry_among_other_entries()
    {
        // The counter-case: two entries with headlines of their own stay two; the first's headline again (第2张) opens nothing.
        var result = IngestItems("""
            青松县总工会举办职工运动会

            5月20日，青松县总工会举办职工趣味运动会，设置拔河、跳绳等八个项目，三百余名职工参加比赛。

            青松县总工会举办职工运动会 第2张

            青松县总工会还为获奖的职工代表队颁发了奖杯和证书，鼓励大家坚持锻炼、快乐工作。

            白桦县总工会开展送清凉活动

            7月1日，白桦县总工会开展夏季送清凉活动，为环卫工人、建筑工人送去绿豆、毛巾和防暑药品。
            """, 2);
        Assert.Contains(result.Reports[0].Passages, p => p.Text.Contains("颁发了奖杯", StringComparison.Ordinal));
        Assert.StartsWith("白桦县", result.Reports[1].Title);
    }

    [Fact]
    public void Photographs_captioned_together_over_a_text_telling_their_places_events_in_turn_are_items()
    {
        var result = IngestItems("""
            技能比武展风采

            德清县叉车工技能比赛。王明 摄
            龙泉市青瓷行业职工技能竞赛。 李华 摄
            上虞区焊工职业技能竞赛。张强、赵刚 摄

            ■通讯员王明、李华、张强

            赛场上，选手们熟练地驾驶叉车穿过一道道障碍，裁判员认真记录每一个动作，观众不时为选手们鼓掌加油。

            这是10月12日在德清县一处物流园区举行的叉车工技能比赛的现场。

            与此同时，龙泉市总工会与市经信局联合举办了青瓷行业职工技能竞赛，共有八十余名职工参赛。

            比赛分拉坯和青瓷装饰两个项目，经过一天的角逐，十名选手获得了一等奖。

            绍兴市上虞区总工会、区人社局也联合举办了焊工职业技能竞赛，来自十二家企业的三十名选手参赛。

            职工们比技能、展风采，展现了新时代产业工人的良好风貌。
            """, 3);
        Assert.Equal(["德清县叉车工技能比赛", "龙泉市青瓷行业职工技能竞赛", "上虞区焊工职业技能竞赛"], result.Reports.Select(r => r.Title));
        Assert.Equal("龙泉市总工会", result.Reports[1].Organisation);
        Assert.Contains(result.Reports[2].Passages, p => p.Text.StartsWith("上虞区焊工", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unions_tour_of_the_places_its_photographs_show_stays_one_report()
    {
        // The counter-case: the text reaches each place in turn, but no union of that place acts there.
        IngestItems("""
            送清凉进一线

            德清县慰问一线职工。王明 摄
            安吉县慰问环卫工人。李华 摄
            长兴县慰问建筑工人。张强 摄

            7月12日至14日，湖州市总工会慰问团深入一线，为高温下坚守岗位的职工送去清凉和关怀。

            在德清县，慰问团来到一处物流园区，为叉车工、装卸工送上了绿豆汤和防暑药品。

            随后，慰问团来到安吉县，看望慰问了城区的环卫工人，叮嘱大家注意防暑降温。

            在长兴县的一处建筑工地，慰问团为建筑工人送去了毛巾、凉茶等慰问品。
            """, 1);
    }

    [Fact]
    public void One_events_photographs_at_one_place_stay_one_report()
    {
        // The counter-case: the captions show one place, whoever acts under them.
        IngestItems("""
            技能比武展风采

            德清县叉车工技能比赛现场。王明 摄
            德清县叉车工技能比赛颁奖。李华 摄

            10月12日，德清县总工会在一处物流园区举办叉车工技能比赛，四十余名选手参加了比赛。

            经过激烈角逐，德清县某物流公司的选手获得第一名，县总工会为获奖选手颁发了证书。
            """, 1);
    }
}
