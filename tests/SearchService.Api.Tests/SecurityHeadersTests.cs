using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SearchService.Api.Infrastructure;

namespace SearchService.Api.Tests;

/// <summary>The CSP and hardening headers on every kind of response: page, files, JSON, problems, unknown routes, Scalar.</summary>
public class SecurityHeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/app.js", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1", HttpStatusCode.OK)]
    [InlineData("/api/search?q=OR", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?size=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/reports/r-0000000000", HttpStatusCode.NotFound)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_page_policy_and_hardening_headers(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(SecurityHeaders.PagePolicy, Single(response, "Content-Security-Policy"));
        AssertHardening(response);
    }

    [Fact]
    public async Task A_refused_method_carries_the_headers_too()
    {
        var response = await client.DeleteAsync("/api/search");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(SecurityHeaders.PagePolicy, Single(response, "Content-Security-Policy"));
        AssertHardening(response);
    }

    [Fact]
    public void The_page_policy_allows_nothing_but_this_origin()
    {
        var policy = SecurityHeaders.PagePolicy;
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("http", policy);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
                     "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'" })
            Assert.Contains(directive, policy);
    }

    [Fact]
    public async Task The_page_needs_no_inline_script_style_or_eval()
    {
        var html = await client.GetStringAsync("/");
        Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>"), html);
        Assert.DoesNotMatch(new Regex(@"\sstyle\s*="), html);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*="), html);
        Assert.DoesNotContain("javascript:", html);
        foreach (var file in new[] { "/app.js", "/problems.js" })
        {
            var script = await client.GetStringAsync(file);
            Assert.DoesNotMatch(new Regex(@"\beval\s*\(|new Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write|javascript:|setAttribute\(\s*[""']style|\.style\b"), script);
        }
    }

    [Fact]
    public async Task Scalar_alone_gets_the_hash_of_its_one_inline_script_and_inline_styles()
    {
        var redirect = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        AssertHardening(redirect);

        var response = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var inline = Regex.Matches(html, @"<script(?:\s[^>]*)?>([\s\S]*?)</script>").Select(m => m.Groups[1].Value).Where(s => s.Length > 0).ToList();
        Assert.Single(inline);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline[0])));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains($"script-src 'self' 'sha256-{hash}';", policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.DoesNotContain("'unsafe-inline';", policy.Split("style-src")[0]);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        AssertHardening(response);

        var asset = await client.GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(SecurityHeaders.PagePolicy, Single(asset, "Content-Security-Policy"));
    }

    private static void AssertHardening(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal(SecurityHeaders.ReferrerPolicy, Single(response, "Referrer-Policy"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{header} missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");
}
