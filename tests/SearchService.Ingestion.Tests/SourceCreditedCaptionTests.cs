using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// An e-paper's page of photographs, each caption stating its scene and then 图为…, closed by its source after a slash
/// (<c>/ 某某工会供图</c>), and the report whose photograph is credited the same way among its text. Every sentence here is
/// the tests' own.
/// </summary>
public sealed class SourceCreditedCaptionTests
{
    [Fact]
    public void Captions_closed_by_their_source_after_a_slash_are_a_photo_pages_items()
    {
        var result = IngestItems("""
            某省工人报
            第3版：暖心驿站
            嘉兴市秀洲区总工会在高铁站工地打造的户外劳动者服务站点全天开放，为两百多名建筑工人提供休息和饮水服务。图为工人们在站点内休息。/ 秀洲区总工会供图
            4月12日，湖州市南浔区三家职工驿站同时揭牌启用，为环卫工人和快递员提供热饭、充电和阅读服务。图为环卫工人在驿站内用餐。/ 南浔区总工会供图
            """, 2);
        Assert.StartsWith("嘉兴市秀洲区总工会", result.Reports[0].Passages.First().Text);
        Assert.StartsWith("4月12日", result.Reports[1].Passages.First().Text);
    }

    [Fact]
    public void A_reports_photograph_credited_after_a_slash_among_its_text_stays_in_the_report()
    {
        var result = Ingest("""
            秀洲区总工会建成户外劳动者服务站点
            近日，嘉兴市秀洲区总工会在高铁站工地建成户外劳动者服务站点，站点配备空调、冰箱和急救药箱。
            站点全天开放，为两百多名建筑工人提供休息和饮水服务。图为工人们在站点内休息。/ 秀洲区总工会供图
            秀洲区总工会有关负责人表示，今年将在全区重点工地再建十个服务站点，让一线职工歇脚有处。
            下一步，区总工会还将联合建设单位开展夏季送清凉活动，把关怀送到工地一线。
            """);
        Assert.Single(result.Reports);
    }
}
