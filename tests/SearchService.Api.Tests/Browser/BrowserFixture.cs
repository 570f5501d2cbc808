using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>One server and one Chromium for every browser test class (starting them is most of the suite's time).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// The real app on a Kestrel port (Playwright needs a socket) over the seed, and Debian's Chromium driven headless by
/// Playwright (its own browser download cannot work here). Screenshots go to the test output's screenshots/ folder.
/// Every page records the Content-Security-Policy violations it causes, so a test can fail on any.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 900;
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    private readonly KestrelApiFactory factory = new();
    private readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> violations = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        Directory.CreateDirectory(Screenshots);
        File.Delete(Accessibility.ReportPath);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh context and page; CSP violations (the DOM event and Chromium's console report) are recorded.</summary>
    public async Task<IPage> NewPage(int width = DesktopWidth, int height = DesktopHeight)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = BaseUrl });
        var found = new ConcurrentQueue<string>();
        await context.ExposeBindingAsync("__reportCspViolation", (BindingSource _, string text) => found.Enqueue(text));
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", (e) =>
              window.__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`));
            """);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) found.Enqueue(message.Text);
        };
        violations[page] = found;
        return page;
    }

    /// <summary>Every CSP violation the page has reported since it was opened (waits a moment for late reports).</summary>
    public async Task<IReadOnlyList<string>> CspViolations(IPage page)
    {
        await page.WaitForTimeoutAsync(50);
        return violations.TryGetValue(page, out var found) ? found.ToArray() : [];
    }

    public async Task AssertNoCspViolations(IPage page)
    {
        var found = await CspViolations(page);
        Assert.True(found.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", found));
    }

    public static string Shot(string name) => Path.Combine(Screenshots, name + ".png");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    private sealed class KestrelApiFactory : ApiFactoryBase
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Limits:RequestsPerWindow", "0");
    }
}
