using System.Text;
using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>The page at / in headless Chromium: search, facets, reader, back, export, errors.</summary>
public class SearchPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task Search(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
    }

    private static Task WaitForHits(IPage page) => page.WaitForSelectorAsync("#hits .hit");

    /// <summary>Hits of a query (they have marks), not the browse listing the page may still show while the search runs.</summary>
    private static Task WaitForQueryHits(IPage page) => page.WaitForSelectorAsync("#hits .hit mark");

    [Fact]
    public async Task Typing_a_query_shows_highlighted_hits_and_facets()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await Search(page, "劳模工匠创新工作室");
        await WaitForHits(page);
        Assert.Contains("q=", page.Url);
        var firstMark = await page.Locator("#hits .hit mark").First.TextContentAsync();
        Assert.Contains("劳模", firstMark);
        Assert.Contains("共", await page.Locator("#status").TextContentAsync());
        Assert.True(await page.Locator(".facet[data-dim=organisation] input").CountAsync() >= 2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "search.png"), FullPage = true });
    }

    [Fact]
    public async Task Ticking_a_facet_filters_hits_and_keeps_the_alternatives()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/?q=" + Uri.EscapeDataString("职工"));
        await WaitForHits(page);
        var before = await page.Locator(".facet[data-dim=organisation] input").CountAsync();
        var box = page.Locator(".facet[data-dim=organisation] input[value='中铁四局工会']");
        await box.CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("organisation="));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#hits .hit .meta span:first-child')].every(s => s.textContent === '中铁四局工会')");
        Assert.Equal(before, await page.Locator(".facet[data-dim=organisation] input").CountAsync());
        Assert.True(await page.Locator(".facet[data-dim=organisation] input[value='中铁四局工会']").IsCheckedAsync());
        Assert.Equal(1, await page.Locator("#chips .chip").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "facet.png"), FullPage = true });
    }

    [Fact]
    public async Task Opening_a_report_marks_the_hit_and_back_returns_to_the_same_results()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await Search(page, "依法维权");
        await WaitForQueryHits(page);
        var resultsUrl = page.Url;
        var firstTitle = await page.Locator("#hits .hit h3").First.TextContentAsync();
        await page.Locator("#hits .hit h3 a").First.ClickAsync();
        await page.WaitForSelectorAsync("#report .passage.target");
        Assert.Contains("report=", page.Url);
        Assert.Contains("出现", await page.Locator("#report .passage.target .where").TextContentAsync());
        await page.Locator("#report .passage.target [data-cite]").ClickAsync();
        Assert.Contains("来源", await page.Locator("#citation").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "report.png"), FullPage = true });

        await page.GoBackAsync();
        await WaitForQueryHits(page);
        Assert.Equal(resultsUrl, page.Url);
        Assert.Equal(firstTitle, await page.Locator("#hits .hit h3").First.TextContentAsync());
        Assert.Equal("依法维权", await page.InputValueAsync("#q"));
    }

    [Fact]
    public async Task Export_csv_holds_the_hits_in_utf8_with_bom()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/?q=" + Uri.EscapeDataString("劳模"));
        await WaitForHits(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("id,organisation,region", csv);
        Assert.Contains("劳模", csv);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(await page.Locator("#status").TextContentAsync() ?? "", @"共 (\d+)").Groups[1].Value);
        Assert.Equal(total + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("p-") || l.StartsWith("id,")));
    }

    [Fact]
    public async Task A_malformed_query_shows_the_message_next_to_the_box()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await Search(page, "\"劳模");
        await page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Contains("quote", await page.Locator("#error").TextContentAsync());
    }

    [Fact]
    public async Task Suggestions_appear_while_typing_and_slash_focuses_the_box()
    {
        var page = await browser.NewPage(390, 800);
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.Keyboard.PressAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'q'"));
        await page.Keyboard.TypeAsync("劳模");
        await page.WaitForSelectorAsync("#suggestions:not([hidden]) li");
        Assert.True(await page.Locator("#suggestions li").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "phone.png"), FullPage = true });
    }
}
