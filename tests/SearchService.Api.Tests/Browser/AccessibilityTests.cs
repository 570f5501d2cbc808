using Microsoft.Playwright;
using static SearchService.Api.Tests.Browser.Steps;

namespace SearchService.Api.Tests.Browser;

/// <summary>axe-core finds no serious or critical violation in any state of the page at either width; the suggestion
/// box is an ARIA 1.2 combobox; only the short status is live; focus is visible.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Axe_finds_no_serious_violation_on_the_search_page_results_reader_and_suggestions(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        await Screenshot(page, $"{size}-start");
        await Accessibility.AssertNoSeriousViolations(page, $"search page {size}");

        await page.GotoAsync(Url(browser, "劳模工匠创新工作室") + "&region=" + Uri.EscapeDataString("浙江省"));
        await WaitForQueryHits(page);
        await page.Locator(".hit .actions button").First.ClickAsync();
        await page.WaitForSelectorAsync(".similar-box .similar, .similar-box p:not(:text('查找中'))");
        await Accessibility.AssertNoSeriousViolations(page, $"result page {size}");

        if (size == "phone")
        {
            await page.Locator("#open-filters").ClickAsync();
            await page.Locator("#filters-dialog").WaitForAsync();
            await Accessibility.AssertNoSeriousViolations(page, $"filter drawer {size}");
            await page.Keyboard.PressAsync("Escape");
        }

        await page.Locator("#q").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" 劳模");
        await page.WaitForSelectorAsync("#suggestions:not([hidden]) [role=option]");
        await page.Keyboard.PressAsync("ArrowDown");
        await Screenshot(page, $"{size}-suggestions");
        await Accessibility.AssertNoSeriousViolations(page, $"suggestions {size}");
        await page.Keyboard.PressAsync("Escape");

        await page.Locator("#hits .hit-title a").First.ClickAsync();
        await page.WaitForSelectorAsync("#report .passage.target");
        await Accessibility.AssertNoSeriousViolations(page, $"report reader {size}");
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Suggestions_follow_the_combobox_pattern(int width, int height)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        var input = page.Locator("#q");
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("suggestions", await input.GetAttributeAsync("aria-controls"));
        Assert.Equal("list", await input.GetAttributeAsync("aria-autocomplete"));
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("listbox", await page.Locator("#suggestions").GetAttributeAsync("role"));

        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await ActiveElement(page));
        await page.Keyboard.TypeAsync("劳模");
        await page.WaitForSelectorAsync("#suggestions:not([hidden]) [role=option]");
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));
        var options = page.Locator("#suggestions [role=option]");
        var count = await options.CountAsync();
        Assert.True(count >= 2, $"{count} suggestions for 劳模");

        await page.Keyboard.PressAsync("ArrowDown");
        var first = await options.Nth(0).GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(first));
        Assert.Equal(first, await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await options.Nth(0).GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await options.Nth(1).GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("false", await options.Nth(0).GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(first, await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("q", await ActiveElement(page));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#suggestions").IsHiddenAsync());
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("劳模", await input.InputValueAsync());

        // Arrow down opens it again; Enter takes the active option and searches for it.
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        var picked = (await options.Nth(0).Locator("span").First.TextContentAsync())!;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q="));
        Assert.EndsWith(picked, await input.InputValueAsync());
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        await WaitForHits(page);
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task Only_the_short_status_is_live_and_focus_is_visible()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Url(browser, "劳模"));
        await WaitForQueryHits(page);
        Assert.Equal("status", await page.Locator("#status").GetAttributeAsync("role"));
        Assert.False(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')]
                    .some(region => region.contains(document.querySelector('#hits')))
            """), "a live region contains the result list");
        Assert.True((await page.Locator("#status").TextContentAsync())!.Length < 40);

        // Keyboard focus shows: the first links and controls reached by Tab draw an outline.
        await page.Locator("body").ClickAsync(new LocatorClickOptions { Position = new Position { X = 5, Y = 400 } });
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.DoesNotContain("none", outline);
            Assert.NotEqual("0px", outline.Split(' ')[1]);
        }
        await browser.AssertNoCspViolations(page);
    }
}
