using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static SearchService.Api.Tests.Browser.Steps;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// What a researcher cites: the permalink page opens the passage in the reader, the copy button puts the API's
/// citation on the clipboard — for every passage of every seed report — and the reader names the compilation.
/// Also the year facet and the date sort, and precedents that say what they share.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CitationPageTests(BrowserFixture browser)
{
    private async Task<JsonElement> Api(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    /// <summary>Opens a passage's permalink, copies its citation and returns what the clipboard holds.</summary>
    private static async Task<string> CopyFromPermalink(IPage page, string baseUrl, string passageId)
    {
        await page.GotoAsync($"{baseUrl}/passages/{passageId}");
        var target = page.Locator("#report .passage.target");
        await target.WaitForAsync();
        Assert.Equal(passageId, await target.GetAttributeAsync("id"));
        // The reader puts the keyboard on the report's title, as when opened from a hit.
        Assert.Equal("report-title", await ActiveElement(page));
        await target.Locator("[data-cite]").ClickAsync();
        // The text appears once the clipboard write settles, which is asynchronous.
        await page.WaitForFunctionAsync("() => document.querySelector('#citation')?.textContent.startsWith('已复制')");
        return await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }

    [Fact]
    public async Task A_citation_pasted_from_the_page_names_the_right_organisation_title_source_and_line_for_every_seed_passage()
    {
        var page = await browser.NewPage();
        var passages = 0;
        foreach (var summary in (await Api("/api/reports")).EnumerateArray())
        {
            var report = await Api($"/api/reports/{summary.GetProperty("id").GetString()}");
            var organisation = report.GetProperty("organisation").GetString();
            var title = report.GetProperty("title").GetString();
            foreach (var passage in report.GetProperty("passages").EnumerateArray())
            {
                var id = passage.GetProperty("id").GetString()!;
                var first = passage.GetProperty("occurrences")[0];
                var pasted = await CopyFromPermalink(page, browser.BaseUrl, id);
                Assert.StartsWith($"{organisation}. {title}[G]//长三角地区产业工人队伍建设改革经验交流集萃.", pasted);
                Assert.Contains($"({first.GetProperty("sourcePath").GetString()}, 第 {first.GetProperty("ranges")[0].GetProperty("first").GetInt32()}", pasted);
                Assert.EndsWith($"/passages/{id}", pasted);
                passages++;
            }
        }
        Assert.Equal(26, passages);
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task The_permalink_of_L61_opens_qingpus_report_and_copies_qingpus_citation(int width, int height, string size)
    {
        var hits = await Api("/api/search?size=50");
        var l61 = hits.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("citationParts").GetProperty("location").GetString() == "第 61 行");
        var page = await browser.NewPage(width, height);
        var pasted = await CopyFromPermalink(page, browser.BaseUrl, l61.GetProperty("id").GetString()!);
        Assert.StartsWith("上海市青浦区总工会. 弘扬劳模工匠精神 助推示范区绿色发展[G]//长三角地区产业工人队伍建设改革经验交流集萃. (000_84dcf32169c3dcc4.txt, 第 61 行). ", pasted);
        Assert.EndsWith("/passages/" + l61.GetProperty("id").GetString(), page.Url);
        Assert.Equal("弘扬劳模工匠精神 助推示范区绿色发展 – 工会经验材料检索", await page.TitleAsync());
        Assert.Equal("收录于《长三角地区产业工人队伍建设改革经验交流集萃》（深入学习习近平总书记重要论述 扎实推进产业工人队伍建设改革）",
            await page.Locator("#report .compilation").TextContentAsync());
        Assert.True(await page.Locator("#report .passage.target").IsVisibleAsync());
        await Screenshot(page, $"{size}-permalink-citation");
        await Accessibility.AssertNoSeriousViolations(page, $"{size} permalink reader");
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task An_unknown_permalink_says_so_in_chinese(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        var response = await page.GotoAsync($"{browser.BaseUrl}/passages/p-000000000000");
        Assert.Equal(404, response!.Status);
        await page.WaitForSelectorAsync("#report [role=alert]");
        Assert.Contains("找不到这段文字", await page.Locator("#report [role=alert]").TextContentAsync());
        await Screenshot(page, $"{size}-permalink-unknown");
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task A_reports_permalink_opens_it_and_copies_the_reports_citation()
    {
        var report = await Api($"/api/reports/{(await Api("/api/reports"))[0].GetProperty("id").GetString()}");
        var page = await browser.NewPage();
        await page.GotoAsync($"{browser.BaseUrl}/reports/{report.GetProperty("id").GetString()}");
        await page.WaitForSelectorAsync("#report h1");
        Assert.Equal(report.GetProperty("title").GetString(), await page.Locator("#report h1").TextContentAsync());
        await page.Locator("[data-cite-report]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#citation')?.textContent.startsWith('已复制')");
        Assert.Equal(report.GetProperty("citation").GetString()!.Replace("http://localhost", browser.BaseUrl),
            await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task A_hits_copy_button_copies_the_apis_citation()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Url(browser, "劳模工匠"));
        await WaitForQueryHits(page);
        var hit = page.Locator("#hits .hit").First;
        var id = await hit.GetAttributeAsync("data-id");
        await hit.Locator("[data-cite]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#hits .hit .cited')?.textContent.startsWith('已复制')");
        var pasted = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal((await Api($"/api/passages/{id}")).GetProperty("citation").GetString()!.Replace("http://localhost", browser.BaseUrl), pasted);
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task The_year_facet_and_the_date_sort_are_on_the_page_and_in_the_drawer(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(Url(browser, "职工"));
        await WaitForQueryHits(page);
        if (size == "phone") await page.Locator("#open-filters").ClickAsync();
        var undated = page.Locator(".facet[data-dim=year] input[value='未注明']");
        await undated.WaitForAsync();
        await undated.ScrollIntoViewIfNeededAsync();
        await Screenshot(page, $"{size}-year-facet");
        await undated.CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("year=%E6%9C%AA%E6%B3%A8%E6%98%8E"));
        await page.WaitForFunctionAsync("() => document.querySelector('#chips .chip span')?.textContent === '年份：未注明'");
        if (size == "phone") await page.Locator("#apply-filters").ClickAsync();

        await page.Locator("#sort").SelectOptionAsync("date");
        await page.WaitForURLAsync(url => url.Contains("sort=date"));
        // The previous listing's hits stay until the sorted one is rendered; its export link names the sort.
        await page.WaitForFunctionAsync("() => document.querySelector('#export-csv')?.href.includes('sort=date')");
        await WaitForQueryHits(page);
        Assert.Equal("date", await page.InputValueAsync("#sort"));
        Assert.Contains("year=", await page.Locator("#export-csv").GetAttributeAsync("href"));
        Assert.Contains("sort=date", await page.Locator("#export-csv").GetAttributeAsync("href"));
        await Accessibility.AssertNoSeriousViolations(page, $"{size} year facet and date sort");
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task A_year_range_from_the_url_shows_as_a_chip_that_removes_it()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/?q=" + Uri.EscapeDataString("职工") + "&yearFrom=2020&yearTo=2023");
        await page.WaitForSelectorAsync("#hits .empty");
        Assert.Equal("年份：2020–2023 年", await page.Locator("#chips .chip span").TextContentAsync());
        await page.Locator("#chips .chip button").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("yearFrom"));
        await WaitForQueryHits(page);
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_precedent_says_what_it_shares_and_names_its_organisation_once(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(Url(browser, "中铁四局"));
        await WaitForQueryHits(page);
        foreach (var toggle in await page.Locator("#hits .hit .actions button[aria-expanded]").AllAsync()) await toggle.ClickAsync();
        await page.WaitForSelectorAsync(".similar .shared");
        var shared = await page.Locator(".similar .shared").AllTextContentsAsync();
        Assert.All(shared, text => Assert.Matches("^相似之处：\\S+", text));
        foreach (var item in await page.Locator(".similar li").AllInnerTextsAsync())
            Assert.DoesNotMatch(@"(\S{2,})：\1：", item);
        await Screenshot(page, $"{size}-precedents", fullPage: size == "desktop");
        await browser.AssertNoCspViolations(page);
    }
}
