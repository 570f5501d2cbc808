using SearchService.Ingestion.Splitting;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A regional paper's county briefs, each opening with its place's dateline and correspondent (<c>某某讯（通讯员 李华）</c>),
/// and a site's list of its leaders (a name, then the posts held) printed beside one article: what is an item and what
/// is furniture. Every sentence here is the tests' own.
/// </summary>
public sealed class DatelineAndProfileTests
{
    [Fact]
    public void County_briefs_each_under_its_places_dateline_are_reports_of_their_own()
    {
        var result = IngestItems("""
            关爱一线职工 送清凉到工地
            来源：某某工人报
              7月20日，某某省建设工会来到省城一处在建项目，为工人送去凉茶和风扇。通讯员王明摄
              青山讯（通讯员 李华）7月18日，青山县总工会领导带队走进县自来水厂和环卫所，为高温下坚守岗位的职工送去防暑用品。
              据了解，青山县总工会今年已走访慰问一线职工八百余人次。
              江口讯（通讯员  张伟）7月19日，江口县总工会慰问组一行来到两处建筑工地，为六十多名农民工送上西瓜和绿豆汤。
              东湖讯(记者 刘洋)7月16日，某某市东湖区总工会工作人员来到一家物流企业，向仓储一线职工发放清凉大礼包。
            """, 4);
        Assert.Contains("青山县总工会", result.Reports[1].Passages.First().Text);
        Assert.Contains("据了解", result.Reports[1].Passages.Last().Text);
        Assert.Contains("江口县总工会", result.Reports[2].Passages.First().Text);
        Assert.Contains("东湖区总工会", result.Reports[3].Passages.First().Text);
    }

    [Fact]
    public void One_brief_under_its_places_dateline_stays_one_report()
    {
        IngestItems("""
            青山县总工会送清凉到一线
            来源：某某工人报
              青山讯（通讯员 李华）7月18日，青山县总工会领导带队走进县自来水厂和环卫所，为高温下坚守岗位的职工送去防暑用品。
              据了解，青山县总工会今年已走访慰问一线职工八百余人次，发放防暑物资价值十余万元。
            """, 1);
    }

    [Theory]
    [InlineData("青山讯（通讯员 李华）7月18日，青山县总工会领导带队慰问一线职工。", true)]
    [InlineData("江口讯(记者 刘洋)日前，江口县总工会举办技能比武。", true)]
    [InlineData("喜讯传来，青山县总工会荣获全国模范职工之家称号，全县职工倍受鼓舞。", false)]
    [InlineData("资讯平台上线以来，青山县总工会已发布各类服务信息两百余条。", false)]
    public void A_places_dateline_leads_only_with_its_correspondent_in_brackets(string paragraph, bool leads) =>
        Assert.Equal(leads, ListDocument.OpensWithNewsLead(paragraph));

    [Theory]
    [InlineData("王明 某某省总工会主席", true)]
    [InlineData("李  华 全国总工会副主席（兼）", true)]
    [InlineData("张 伟 某某省总工会党组书记、副主席、书记处第一书记,机关党委书记", true)]
    [InlineData("赵晓磊 某某省政协副主席、省总工会主席", true)]
    [InlineData("青山县总工会 召开第十次代表大会", false)]
    [InlineData("某某市总工会 王明主席带队慰问一线职工", false)]
    [InlineData("王明当选青山县总工会主席。", false)]
    public void A_name_then_the_posts_held_is_a_profile_caption(string line, bool caption) =>
        Assert.Equal(caption, ListDocument.IsProfileCaption(line));

    [Fact]
    public void A_sites_list_of_its_leaders_beside_one_article_makes_no_item_and_keeps_its_lines()
    {
        var result = IngestItems("""
            首页 要闻 工会 评论 视频 图片
            领导介绍
            王明 全国总工会主席
            李  华 全国总工会副主席（兼）
            张伟 全国总工会副主席、书记处书记、党组成员
            刘洋 某某省政协副主席、省总工会主席、全国总工会副主席（兼）
            陈静 全国总工会副主席、书记处书记、党组成员
            赵 磊 全国总工会副主席、书记处书记、党组成员,某某联合会副主席（兼）候选人
            周强 全国总工会书记处书记、党组成员
            青山州工会召开第八次代表大会
            2023-06-10 09:30 来源：某某网
              某某网青山6月9日电（记者 孙丽）6月9日上午，青山州工会第八次代表大会开幕，三百余名代表参加大会。
              大会审议通过了州工会第七届委员会工作报告，选举产生了新一届委员会。
            """, 1);
        var text = string.Join("\n", result.Reports[0].Passages.Select(p => p.Text));
        Assert.Contains("赵 磊 全国总工会副主席", text);
    }

    [Fact]
    public void Dated_entries_under_their_headlines_are_still_items_beside_a_list_of_leaders()
    {
        IngestItems("""
            王明 某某省总工会主席
            李华 某某省总工会副主席、党组成员
            青山县总工会召开全委会
            3月6日，青山县总工会召开十届三次全委会，审议通过年度工作报告和经费预算。
            江口县总工会举办技能比武
            4月12日，江口县总工会在县职教中心举办电工技能比武，四十余名选手参加。
            """, 2);
    }

    [Fact]
    public void A_features_subtitle_under_its_headline_is_no_byline_and_the_feature_stays_one_report()
    {
        var result = IngestItems("""
            某某日报 2023年5月8日 星期一
            建设温暖工会 服务全市职工
            ——某某市新时期工会工作扫描
            ■文/本报记者 王明
            某某市总工会主席李华（右一）一行走访慰问一线职工
            五年来，某某市总工会坚持服务职工的工作主线，职工服务阵地从三百个增加到一千二百个。
            某某区总工会在全区推行“工会服务站”，把服务送到楼宇和园区。
            实践证明，工会作为最可信赖的职工之家，只有把职工放在心上，才能赢得职工的信任。
            """, 1);
        Assert.Equal("建设温暖工会 服务全市职工", result.Reports[0].Title);
    }

    [Fact]
    public void A_compilations_articles_each_subtitled_with_their_genre_are_still_divided_by_those_subtitles()
    {
        var result = IngestItems("""
            某某市工会经验交流材料汇编

            织密服务网络 温暖一线职工
            ——某某县总工会推进职工服务阵地建设纪实
            某某县总工会把职工服务站建到园区和工地，三年新建服务站四十个。
            站点统一标识、统一制度，每天有专人值守，职工歇脚、饮水、充电都不花钱。

            搭建成长平台 培养技能人才
            ——某某区总工会推进产业工人技能提升纪实
            某某区总工会联合职业院校开办技能夜校，今年已有八百名职工结业。
            夜校课程由企业点单，结业职工中有六十人取得高级工证书。
            """, 2);
        Assert.Equal(["织密服务网络 温暖一线职工", "搭建成长平台 培养技能人才"], result.Reports.Select(r => r.Title));
    }

    [Theory]
    [InlineData("——某某市新时期工会工作扫描", true)]
    [InlineData("——某某工会服务职工纪实", true)]
    [InlineData("——某某市总工会", false)]
    [InlineData("——某某集团工会推进产业工人队伍建设改革的探索", false)]
    public void A_dash_line_ending_in_a_features_genre_is_a_subtitle(string line, bool subtitle) =>
        Assert.Equal(subtitle, LineShapes.IsFeatureSubtitle(line));
}
