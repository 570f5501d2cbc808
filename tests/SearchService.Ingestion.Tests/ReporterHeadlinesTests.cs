using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A paper's page of articles, each a headline over its reporters' line (<c>本报记者 王明</c>) and its text: each headline
/// opens a report; one article naming its reporters again under a subheading stays one. Every sentence here is the
/// tests' own.
/// </summary>
public sealed class ReporterHeadlinesTests
{
    [Fact]
    public void Each_headline_over_its_reporters_line_opens_an_article()
    {
        var result = IngestItems("""
            同唱一首歌 共度团圆夜
            本报记者 王明 本报通讯员 李华 张伟
            “在外打拼一年，今天和这么多工友一起吃年夜饭，心里暖乎乎的。”一名来自外省的快递员在活动现场说。
            本次活动由某某省总工会指导，某某市总工会主办，两百余名新就业形态劳动者参加，现场还为他们准备了新春礼包。
            “云上工会” 线上拜年
            本报记者 刘洋
            2月3日，某某省总工会的职工服务平台上线新春专区，会员可在线领取消费券、参加抽奖，首日访问量超过十万人次。
            """, 2);
        Assert.Equal("同唱一首歌 共度团圆夜", result.Reports[0].Title);
        Assert.Equal("“云上工会” 线上拜年", result.Reports[1].Title);
        Assert.Contains("省总工会的职工服务平台", result.Reports[1].Passages.First().Text);
    }

    [Fact]
    public void Traditional_reporters_lines_open_articles_as_simplified_ones_do()
    {
        IngestItems("""
            同唱一首歌 共度團圓夜
            本報記者 王明 本報通訊員 李華
            “在外打拼一年，今天和這麼多工友一起吃年夜飯，心裡暖乎乎的。”一名來自外省的快遞員在活動現場說。
            本次活動由某某省總工會指導，某某市總工會主辦，兩百餘名新就業形態勞動者參加，現場還為他們準備了新春禮包。
            “雲上工會” 線上拜年
            本報記者 劉洋
            2月3日，某某省總工會的職工服務平台上線新春專區，會員可在線領取消費券、參加抽獎，首日訪問量超過十萬人次。
            """, 2);
    }

    [Fact]
    public void One_article_naming_its_reporters_again_under_a_subheading_stays_one_report()
    {
        IngestItems("""
            同唱一首歌 共度团圆夜
            本报记者 王明
            “在外打拼一年，今天和这么多工友一起吃年夜饭，心里暖乎乎的。”一名来自外省的快递员在活动现场说。
            本次活动由某某省总工会指导，某某市总工会主办，两百余名新就业形态劳动者参加，现场还为他们准备了新春礼包。
            分会场同步团圆
            本报记者 王明
            活动还在全市十个区的职工驿站设立分会场，通过视频连线与主会场同步，让更多留在当地过年的职工感受到节日氛围。
            """, 1);
    }

    [Fact]
    public void One_article_under_its_headline_and_reporters_stays_one_report()
    {
        IngestItems("""
            同唱一首歌 共度团圆夜
            本报记者 王明 本报通讯员 李华
            “在外打拼一年，今天和这么多工友一起吃年夜饭，心里暖乎乎的。”一名来自外省的快递员在活动现场说。
            本次活动由某某省总工会指导，某某市总工会主办，两百余名新就业形态劳动者参加，现场还为他们准备了新春礼包。
            """, 1);
    }
}
