using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>What a person does on the page, shared by the browser tests.</summary>
public static class Steps
{
    public static readonly (int Width, int Height, string Name)[] Sizes =
        [(BrowserFixture.DesktopWidth, BrowserFixture.DesktopHeight, "desktop"), (BrowserFixture.PhoneWidth, BrowserFixture.PhoneHeight, "phone")];

    public static async Task Search(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
    }

    public static Task WaitForHits(IPage page) => page.WaitForSelectorAsync("#hits .hit");

    /// <summary>Hits of a query (they have marks), not the browse listing the page may still show while the search runs.</summary>
    public static Task WaitForQueryHits(IPage page) => page.WaitForSelectorAsync("#hits .hit mark");

    public static Task WaitForError(IPage page) => page.WaitForSelectorAsync("#error:not([hidden]) .message");

    public static string Url(BrowserFixture browser, string query) => browser.BaseUrl + "/?q=" + Uri.EscapeDataString(query);

    public static Task Screenshot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Shot(name), FullPage = fullPage });

    public static Task<string> ActiveElement(IPage page) =>
        page.EvaluateAsync<string>("() => { const a = document.activeElement; return a ? (a.id || a.tagName.toLowerCase()) + (a.closest('.hit') ? '@' + a.closest('.hit').dataset.id : '') : ''; }");
}
