using Microsoft.Playwright;
using static SearchService.Api.Tests.Browser.Steps;

namespace SearchService.Api.Tests.Browser;

/// <summary>At phone width results come first and the facets open as a modal drawer; at desktop width they stay a sidebar.</summary>
[Collection(BrowserCollection.Name)]
public class PhoneLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_phone_results_come_first_and_the_filter_button_opens_a_modal_drawer()
    {
        var page = await browser.NewPage(BrowserFixture.PhoneWidth, BrowserFixture.PhoneHeight);
        await page.GotoAsync(Url(browser, "劳模"));
        await WaitForQueryHits(page);
        var firstHit = await page.Locator("#hits .hit").First.BoundingBoxAsync();
        Assert.True(firstHit!.Y < BrowserFixture.PhoneHeight / 2, $"first hit starts {firstHit.Y} px down");
        Assert.False(await page.Locator("#facets").IsVisibleAsync());
        var button = page.Locator("#open-filters");
        Assert.True(await button.IsVisibleAsync());
        var buttonBox = await button.BoundingBoxAsync();
        Assert.True(buttonBox!.Y < firstHit.Y, "the filter button is above the results");

        await button.ClickAsync();
        var dialog = page.Locator("#filters-dialog");
        await dialog.WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#filters-dialog').matches(':modal')"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#filters-dialog').contains(document.activeElement)"), "focus moves into the drawer");
        Assert.True(await dialog.Locator(".facet[data-dim=organisation] input").CountAsync() >= 2);
        // The page behind is inert: its links cannot take focus.
        Assert.False(await page.EvaluateAsync<bool>("() => { const a = document.querySelector('#hits a'); a.focus(); return document.activeElement === a; }"));
        await Screenshot(page, "phone-drawer");

        // Ticking a facet in the drawer filters the results behind it and keeps the drawer and the focus.
        await dialog.Locator(".facet[data-dim=organisation] input[value='苏州市总工会']").CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("organisation="));
        await page.WaitForFunctionAsync("() => document.querySelector('#chips .chip') !== null");
        Assert.True(await dialog.IsVisibleAsync());
        Assert.Equal("苏州市总工会", await page.EvaluateAsync<string>("() => document.activeElement.value"));

        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal("open-filters", await ActiveElement(page));
        Assert.Contains("已选 1", await button.TextContentAsync());
        var chip = page.Locator("#chips .chip");
        Assert.True(await chip.IsVisibleAsync());
        Assert.True((await chip.BoundingBoxAsync())!.Y < (await page.Locator("#hits .hit").First.BoundingBoxAsync())!.Y, "chips above the results");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#hits .hit .meta .organisation')].every(s => s.textContent === '苏州市总工会')");
        await Screenshot(page, "phone-results-filtered");

        // The close button closes it too, and focus returns to the filter button.
        await button.ClickAsync();
        await dialog.WaitForAsync();
        await page.Locator("#close-filters").ClickAsync();
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal("open-filters", await ActiveElement(page));
        // The facet panel is back in its sidebar place (hidden at this width). The dialog's close event, which moves it,
        // is a queued task: the dialog can be hidden a moment before it runs.
        await page.WaitForFunctionAsync("() => document.querySelector('#facets #facet-panel') !== null");
        Assert.Equal(1, await page.Locator("#facets #facet-panel").CountAsync());
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task On_a_desktop_the_facets_are_a_sidebar_beside_the_results_and_no_filter_button()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Url(browser, "劳模") + "&theme=" + Uri.EscapeDataString("劳模工匠精神"));
        await WaitForQueryHits(page);
        Assert.False(await page.Locator("#open-filters").IsVisibleAsync());
        var facets = await page.Locator("#facets").BoundingBoxAsync();
        var results = await page.Locator("#results").BoundingBoxAsync();
        Assert.True(facets!.X + facets.Width <= results!.X, "facets left of the results");
        Assert.True(facets.Y < 200);
        Assert.True(await page.Locator("#chips .chip").IsVisibleAsync());
        await browser.AssertNoCspViolations(page);
    }
}
