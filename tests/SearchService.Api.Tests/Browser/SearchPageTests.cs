using System.Text;
using Microsoft.Playwright;
using static SearchService.Api.Tests.Browser.Steps;

namespace SearchService.Api.Tests.Browser;

/// <summary>The page at / in headless Chromium: search, facets, reader, back, export — at desktop and phone width.</summary>
[Collection(BrowserCollection.Name)]
public class SearchPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Typing_a_query_shows_highlighted_hits_a_count_and_a_title_that_names_it(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        Assert.Equal("工会经验材料检索", await page.TitleAsync());
        await Search(page, "劳模工匠");
        await WaitForQueryHits(page);
        Assert.Contains("q=", page.Url);
        Assert.Contains("劳模", await page.Locator("#hits .hit mark").First.TextContentAsync());
        Assert.Matches(@"^共 \d+ 段", await page.Locator("#status").TextContentAsync());
        Assert.Equal("劳模工匠 – 工会经验材料检索", await page.TitleAsync());
        Assert.True(await page.Locator("#export").IsVisibleAsync());
        // A suggestion answer arriving after Enter does not reopen the list over the results.
        await page.WaitForTimeoutAsync(400);
        Assert.True(await page.Locator("#suggestions").IsHiddenAsync());
        Assert.Equal("false", await page.Locator("#q").GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator(".facet[data-dim=organisation] input").CountAsync() >= 2);
        await Screenshot(page, $"{size}-results", fullPage: size == "desktop");
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_search_without_hits_says_so_and_offers_no_export(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(Url(browser, "zzqqxxkk"));
        await page.WaitForSelectorAsync("#hits .empty");
        Assert.Equal("没有结果", await page.Locator("#status").TextContentAsync());
        Assert.False(await page.Locator("#export").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#export-csv:visible, #export-json:visible").CountAsync());
        Assert.Equal("zzqqxxkk – 工会经验材料检索", await page.TitleAsync());
        await Screenshot(page, $"{size}-no-results");
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task Ticking_a_facet_filters_hits_keeps_the_alternatives_and_shows_a_chip()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Url(browser, "职工"));
        await WaitForHits(page);
        var before = await page.Locator(".facet[data-dim=organisation] input").CountAsync();
        await page.Locator(".facet[data-dim=organisation] input[value='中铁四局工会']").CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("organisation="));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#hits .hit .meta .organisation')].every(s => s.textContent === '中铁四局工会')");
        Assert.Equal(before, await page.Locator(".facet[data-dim=organisation] input").CountAsync());
        Assert.True(await page.Locator(".facet[data-dim=organisation] input[value='中铁四局工会']").IsCheckedAsync());
        Assert.Equal("单位：中铁四局工会", await page.Locator("#chips .chip span").TextContentAsync());
        // The keyboard stays on the box that was ticked, though the lists were rebuilt.
        Assert.Equal("中铁四局工会", await page.EvaluateAsync<string>("() => document.activeElement.value"));
        await Screenshot(page, "desktop-facet", fullPage: true);

        await page.Locator("#chips .chip button").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("organisation="));
        Assert.Equal(0, await page.Locator("#chips .chip").CountAsync());
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task The_region_tree_opens_with_a_button_beside_the_checkbox()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        var twisty = page.Locator(".facet[data-dim=region] .twisty").First;
        Assert.Equal("false", await twisty.GetAttributeAsync("aria-expanded"));
        var children = page.Locator("#" + await twisty.GetAttributeAsync("aria-controls"));
        Assert.False(await children.IsVisibleAsync());
        await twisty.ClickAsync();
        Assert.Equal("true", await twisty.GetAttributeAsync("aria-expanded"));
        Assert.True(await children.IsVisibleAsync());
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Opening_a_report_marks_the_hit_moves_focus_and_back_returns_to_the_same_hit(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(browser.BaseUrl + "/");
        await Search(page, "劳模工匠");
        await WaitForQueryHits(page);
        var resultsUrl = page.Url;
        var second = page.Locator("#hits .hit").Nth(1);
        var hitId = await second.GetAttributeAsync("data-id");
        await second.Locator(".hit-title a").ClickAsync();
        await page.WaitForSelectorAsync("#report .passage.target");
        Assert.Contains("report=", page.Url);
        Assert.Equal(hitId, await page.Locator("#report .passage.target").GetAttributeAsync("id"));
        Assert.Equal("report-title", await ActiveElement(page));
        var reportTitle = await page.Locator("#report h1").TextContentAsync();
        Assert.Equal($"{reportTitle} – 工会经验材料检索", await page.TitleAsync());
        Assert.Matches("^(出处：|出现 \\d+ 次)", await page.Locator("#report .passage.target .where").TextContentAsync());
        await page.Locator("#report .passage.target [data-cite]").ClickAsync();
        // The text appears once the clipboard write settles, which is asynchronous.
        await page.WaitForFunctionAsync("() => document.querySelector('#citation')?.textContent.startsWith('已复制引文')");
        Assert.Contains($"{reportTitle}[G]//", await page.Locator("#citation").TextContentAsync());
        await Screenshot(page, $"{size}-reader");

        await page.Locator("#report .back").ClickAsync();
        await WaitForQueryHits(page);
        Assert.Equal(resultsUrl, page.Url);
        Assert.Equal("劳模工匠", await page.InputValueAsync("#q"));
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('.hit') !== null");
        Assert.Equal($"a@{hitId}", await ActiveElement(page));
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task Export_csv_holds_the_hits_in_utf8_with_bom()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Url(browser, "劳模"));
        await WaitForHits(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("id,organisation,region", csv);
        Assert.Contains("劳模", csv);
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(await page.Locator("#status").TextContentAsync() ?? "", @"共 (\d+)").Groups[1].Value);
        Assert.Equal(total + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("p-") || l.StartsWith("id,")));
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task The_csp_listener_catches_a_violation()
    {
        // The check every test ends with can fail: an inline style attribute is refused and reported.
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        await page.EvaluateAsync("() => document.querySelector('footer').setAttribute('style', 'color: red')");
        var found = await browser.CspViolations(page);
        Assert.Contains(found, v => v.Contains("style-src", StringComparison.Ordinal));
    }
}
