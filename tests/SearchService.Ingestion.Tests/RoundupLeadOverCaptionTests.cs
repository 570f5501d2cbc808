using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A web page prints its first photograph's caption (<c>活动现场。</c>) between a round-up's lead and the first union's
/// paragraph: the lead is still the round-up's and opens the first item, with the caption. Every sentence here is the
/// tests' own.
/// </summary>
public sealed class RoundupLeadOverCaptionTests
{
    [Fact]
    public void A_round_up_lead_above_a_scene_caption_opens_the_first_item()
    {
        var result = IngestItems("""
            送清凉、送健康、送技能……连日来，江西各级工会深入一线开展夏季慰问，为户外劳动者送上清凉和关怀。
            慰问现场。
            7月8日，江西省南昌市西湖区总工会启动夏送清凉活动，为两百名环卫工人和快递员送去防暑用品，叮嘱他们注意休息。
            7月上旬，江西省九江市濂溪区总工会组织一百名货车司机到区人民医院进行健康体检，增加了防暑相关的检查项目。
            活动现场。
            7月10日至11日，江西省赣州市总工会与市交通运输局联合举办货车司机技能比赛，三十名驾驶员同台竞技。
            """, 3);
        Assert.Equal(["南昌市西湖区总工会", "九江市濂溪区总工会", "赣州市总工会"], result.Reports.Select(r => r.Organisation));
        // Neither the lead nor its caption is a report of its own: they open the first item.
        Assert.StartsWith("送清凉", result.Reports[0].Passages.First().Text);
        Assert.Contains(result.Reports[0].Passages, p => p.Text == "慰问现场。");
    }

    [Fact]
    public void A_round_up_lead_right_above_the_first_item_still_opens_it()
    {
        var result = IngestItems("""
            连日来，江西各级工会深入一线开展夏季慰问，为户外劳动者送上清凉和关怀。
            7月8日，江西省南昌市西湖区总工会启动夏送清凉活动，为两百名环卫工人和快递员送去防暑用品，叮嘱他们注意休息。
            7月上旬，江西省九江市濂溪区总工会组织一百名货车司机到区人民医院进行健康体检，增加了防暑相关的检查项目。
            7月10日至11日，江西省赣州市总工会与市交通运输局联合举办货车司机技能比赛，三十名驾驶员同台竞技。
            """, 3);
        Assert.StartsWith("连日来", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void A_unions_paragraph_above_a_caption_is_an_item_of_its_own_not_a_lead()
    {
        // The counter-case: the paragraph over the caption has one union act; asked past the caption, it is no round-up's
        // lead, so it stays the first item and does not join the next union's.
        var result = IngestItems("""
            7月6日，江西省南昌市总工会在八一广场举行夏送清凉启动仪式，为三百名户外劳动者送上防暑降温用品。
            慰问现场。
            7月8日，江西省南昌市西湖区总工会启动夏送清凉活动，为两百名环卫工人和快递员送去防暑用品，叮嘱他们注意休息。
            7月上旬，江西省九江市濂溪区总工会组织一百名货车司机到区人民医院进行健康体检，增加了防暑相关的检查项目。
            7月10日至11日，江西省赣州市总工会与市交通运输局联合举办货车司机技能比赛，三十名驾驶员同台竞技。
            """, 4);
        Assert.Equal(["南昌市总工会", "南昌市西湖区总工会", "九江市濂溪区总工会", "赣州市总工会"], result.Reports.Select(r => r.Organisation));
    }

    [Fact]
    public void One_unions_news_with_a_scene_caption_stays_one_report()
    {
        IngestItems("""
            西湖区总工会启动夏送清凉活动
            7月8日，南昌市西湖区总工会启动夏送清凉活动，为两百名环卫工人和快递员送去防暑用品，叮嘱他们注意休息。
            活动现场。
            活动中，慰问组走进工地和快递网点，同一线职工拉家常，问了问他们最近的作息。
            """, 1);
    }
}
