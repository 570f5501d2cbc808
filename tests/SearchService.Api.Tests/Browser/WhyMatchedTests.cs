using Microsoft.Playwright;
using static SearchService.Api.Tests.Browser.Steps;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// Each card says why it is listed — where the words matched (正文、小标题、报告标题…), 相关 for a passage with only
/// some of them — with that part highlighted; the notice offers a nearby spelling and the filters the query names.
/// </summary>
[Collection(BrowserCollection.Name)]
public class WhyMatchedTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Complete_and_title_matches_say_where_they_matched_with_that_part_marked(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(Url(browser, "劳模") + "&page=1");
        await WaitForQueryHits(page);
        var first = page.Locator("#hits .hit.match-all").First;
        StringAssert(await first.Locator(".why").TextContentAsync(), "检索词见于：", "正文");
        Assert.True(await first.Locator(".fragment mark").CountAsync() > 0);

        // Title-only hits come after the complete ones, say so, and have their title marked.
        var title = page.Locator("#hits .hit.match-title");
        if (await title.CountAsync() == 0)
        {
            await page.Locator("#pager a", new PageLocatorOptions { HasTextString = "2" }).First.ClickAsync();
            await page.WaitForSelectorAsync("#hits .hit.match-title");
        }
        var titleHit = title.First;
        StringAssert(await titleHit.Locator(".why").TextContentAsync(), "仅报告标题", "报告标题");
        Assert.Contains("劳模", await titleHit.Locator(".hit-title mark").First.TextContentAsync());
        Assert.Contains("仅报告标题或署名含检索词", await page.Locator("#notice").TextContentAsync());
        await titleHit.ScrollIntoViewIfNeededAsync();
        await Screenshot(page, $"{size}-why-matched-title");
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Related_passages_are_labelled_and_the_count_says_none_hold_every_word(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(Url(browser, "职工书屋"));
        await page.WaitForSelectorAsync("#hits .hit.match-related");
        Assert.Equal("没有同时包含全部检索词的段落", await page.Locator("#status").TextContentAsync());
        Assert.Equal(await page.Locator("#hits .hit").CountAsync(), await page.Locator("#hits .hit .badge.related").CountAsync());
        Assert.Equal("相关", await page.Locator("#hits .hit .badge.related").First.TextContentAsync());
        Assert.Contains("包含部分检索词的相关段落", await page.Locator("#notice").TextContentAsync());
        await Screenshot(page, $"{size}-related");
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task A_typo_offers_the_nearby_query_and_a_place_offers_its_filter()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Url(browser, "劳模公匠"));
        var suggestion = page.Locator("#notice a.did-you-mean");
        await suggestion.WaitForAsync();
        Assert.Equal("劳模工匠", await suggestion.TextContentAsync());
        await suggestion.ClickAsync();
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Contains("q=劳模工匠"));
        // The typo's page already shows related hits with marks, so wait for the new query's complete matches.
        await page.WaitForSelectorAsync("#hits .hit.match-all mark");
        await page.Locator("#notice a.did-you-mean").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        await page.GotoAsync(Url(browser, "嘉兴"));
        var filter = page.Locator("#notice button.suggested-filter");
        await filter.WaitForAsync();
        Assert.Equal("地区：嘉兴市", await filter.TextContentAsync());
        StringAssert(await page.Locator("#hits .hit .why").First.TextContentAsync(), "地区");
        await Screenshot(page, "desktop-suggested-filter");
        await filter.ClickAsync();
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Contains("region=浙江省/嘉兴市"));
        await page.WaitForSelectorAsync("#chips:not([hidden])");
        await browser.AssertNoCspViolations(page);
    }

    private static void StringAssert(string? text, params string[] parts)
    {
        Assert.NotNull(text);
        foreach (var part in parts) Assert.Contains(part, text);
    }
}
