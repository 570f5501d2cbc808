using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>The API reference at /scalar renders under its own (hash-pinned) Content-Security-Policy, from this origin only.</summary>
[Collection(BrowserCollection.Name)]
public class ScalarPageTests(BrowserFixture browser)
{
    /// <summary>
    /// Zod inside scalar.js probes whether it may compile validators with <c>Function("")</c> and falls back to its
    /// interpreter when the CSP says no; that one refusal is expected (granting 'unsafe-eval' would be the real risk).
    /// </summary>
    private static bool IsZodEvalProbe(string violation) => violation.StartsWith("script-src blocked eval at ", StringComparison.Ordinal) && violation.Contains("/scalar/scalar.js:");

    [Fact]
    public async Task Scalar_renders_the_operations_without_a_csp_violation()
    {
        var page = await browser.NewPage();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) external.Add(request.Url);
        };
        await page.GotoAsync(browser.BaseUrl + "/scalar");
        await page.GetByRole(AriaRole.Heading, new() { Name = "SearchService" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.GetByText("/api/search").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Shot("scalar") });
        var violations = (await browser.CspViolations(page)).Where(v => !IsZodEvalProbe(v)).ToList();
        Assert.True(violations.Count == 0, "CSP violations on /scalar:\n" + string.Join("\n", violations));
        Assert.True(external.Count == 0, "requests to other origins: " + string.Join(", ", external));
    }
}
