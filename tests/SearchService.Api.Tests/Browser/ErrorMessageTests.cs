using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SearchService.Api.Tests.Browser.Steps;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// Every error a person can meet is told in Chinese, specifically: the parser's reasons with the place in the query,
/// rate limits with the time to wait, an overloaded or starting service, a failed connection, an unknown answer.
/// Answers the seed cannot provoke (429, 503, a dropped connection) are played by routing the page's request.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ErrorMessageTests(BrowserFixture browser)
{
    /// <summary>Words of the parser's English reasons; none may reach the page.</summary>
    private static readonly Regex English = new(@"\b(needs|must|never|unknown|supported|nothing|empty|unexpected|quote|parentheses|too many|word|character|query)\b", RegexOptions.IgnoreCase);

    private static readonly string ManyWords = string.Join(' ', Enumerable.Range(0, 65).Select(i => "词" + i));

    private static readonly (string Query, int Position, string Reason)[] MalformedQueries =
    [
        // query, 0-based position the API reports, the Chinese reason
        ("劳模 OR", 3, "OR 后面缺少检索词"),
        ("OR 劳模", 0, "OR 前面缺少检索词"),
        ("AND 劳模", 0, "AND 前面缺少检索词"),
        ("劳模 AND", 3, "AND 后面缺少检索词"),
        ("劳模 -", 3, "减号“-”后面要紧跟要排除的词"),
        ("劳模 NOT", 3, "“NOT”后面缺少要排除的词"),
        ("(劳模", 0, "左括号“(”没有对应的右括号"),
        ("劳模)", 2, "右括号“)”没有对应的左括号"),
        ("()", 1, "括号里没有检索词"),
        (")", 0, "这里没有可检索的词"),
        ("\"劳模", 0, "引号没有闭合"),
        ("foo:劳模", 0, "没有“foo:”这种筛选"),
        ("organisation:", 0, "“organisation:”后面缺少筛选值"),
        ("劳模*", 2, "不支持通配符“*”"),
        ("劳模~", 2, "不支持模糊检索“~”"),
        (new string('(', 17) + "劳模" + new string(')', 17), 16, "括号嵌套超过了 16 层"),
        (ManyWords, ManyWords.IndexOf("词64", StringComparison.Ordinal), "检索词太多（65 个），一次最多 64 个"),
    ];

    [Fact]
    public async Task Every_malformed_query_is_explained_in_chinese_at_its_position()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        foreach (var (query, position, reason) in MalformedQueries)
        {
            await Search(page, query);
            await page.WaitForFunctionAsync("q => !document.querySelector('#error').hidden && document.querySelector('#error .query-echo code')?.textContent.replace('‸', '') === q", query);
            var message = await page.Locator("#error .message").TextContentAsync() ?? "";
            var where = position >= query.Length ? "检索式末尾有误" : $"检索式第 {position + 1} 个字符处有误";
            Assert.StartsWith($"{where}：{reason}", message);
            Assert.EndsWith("。", message);
            Assert.DoesNotMatch(English, message.Replace("organisation", "").Replace("region", "").Replace("theme", ""));
            var marked = await page.Locator("#error .query-echo mark.at").TextContentAsync();
            Assert.Equal(position < query.Length ? query[position].ToString() : "‸", marked);
            Assert.Equal("query_syntax", await page.Locator("#error").GetAttributeAsync("data-code"));
            Assert.Equal("检索未完成。", await page.Locator("#status").TextContentAsync());
            Assert.False(await page.Locator("#export").IsVisibleAsync());
            Assert.Equal(0, await page.Locator("#hits .hit").CountAsync());
        }
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task The_query_error_is_readable_at_both_widths(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(Url(browser, "劳模工匠 OR"));
        await WaitForError(page);
        Assert.Equal("检索式第 6 个字符处有误：OR 后面缺少检索词。", await page.Locator("#error .message").TextContentAsync());
        Assert.True(await page.Locator("#error").IsVisibleAsync());
        Assert.Equal("劳模工匠 OR – 工会经验材料检索", await page.TitleAsync());
        await Screenshot(page, $"{size}-query-error");
        await Accessibility.AssertNoSeriousViolations(page, $"query error {size}");
        await browser.AssertNoCspViolations(page);
    }

    private static readonly (int Status, string? RetryAfter, string? Body, string Expected, string Code)[] FailedAnswers =
    [
        // status, Retry-After header, problem body (null: not JSON), expected Chinese, expected code on the page
        (429, "7", """{"title":"Too many requests","status":429,"detail":"Slow down: retry after 7 s.","code":"rate_limited","retryAfter":7}""", "请求过于频繁，请7 秒后重试。", "rate_limited"),
        (429, "12", """{"title":"Too many requests","status":429,"detail":"Slow down: retry after 12 s."}""", "请求过于频繁，请12 秒后重试。", "http_429"),
        (503, "3", """{"title":"Busy","status":503,"detail":"The search queue is full.","code":"overloaded","retryAfter":3}""", "检索服务正忙，请3 秒后重试。", "overloaded"),
        (503, null, """{"title":"Query too slow","status":503,"detail":"The search ran past its budget.","code":"search_timeout"}""", "这次检索用时过长，已被中止。请减少检索词、换用更具体的词或加上筛选条件后重试。", "search_timeout"),
        (503, null, """{"title":"Not ready","status":503,"detail":"The index is not open yet.","code":"not_ready"}""", "检索服务正在启动或重建索引，暂时不能检索，请稍后重试。", "not_ready"),
        (503, null, """{"title":"Service Unavailable","status":503}""", "检索服务暂时不可用，请稍后重试。", "http_503"),
        (500, null, null, "检索服务内部出错，错误已记录。请稍后重试；如果一再出现，请告知管理员。", "http_500"),
        (400, null, """{"title":"Page too deep","status":400,"detail":"page × size may not exceed 10000.","code":"page_too_deep","limit":10000}""", "最多只能翻看前 10000 条结果，请增加检索词或筛选条件来缩小范围。", "page_too_deep"),
        (400, null, """{"title":"Query too long","status":400,"detail":"The query has 1200 characters.","code":"query_too_long","limit":1000}""", "检索式太长（最多 1000 个字符），请缩短，或改用筛选条件。", "query_too_long"),
        (418, null, """{"title":"I'm a teapot","status":418,"detail":"Short and stout.","code":"teapot"}""", "请求未能完成（HTTP 418），请稍后重试。", "teapot"),
    ];

    [Fact]
    public async Task Every_failed_answer_is_told_in_chinese_by_its_code_or_status()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        (int Status, string? RetryAfter, string? Body)? answer = null;
        await page.RouteAsync(url => url.Contains("/api/search?", StringComparison.Ordinal), async route =>
        {
            if (answer is not { } failure)
            {
                await route.ContinueAsync();
                return;
            }
            var headers = new Dictionary<string, string>();
            if (failure.RetryAfter is not null) headers["Retry-After"] = failure.RetryAfter;
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = failure.Status,
                Headers = headers,
                ContentType = failure.Body is null ? "text/html" : "application/problem+json",
                Body = failure.Body ?? "<html><body>Internal Server Error</body></html>",
            });
        });
        var round = 0;
        foreach (var (status, retryAfter, body, expected, code) in FailedAnswers)
        {
            answer = (status, retryAfter, body);
            var query = $"劳模 {++round}";
            await Search(page, query);
            await page.WaitForFunctionAsync("c => !document.querySelector('#error').hidden && document.querySelector('#error').dataset.code === c", code);
            Assert.Equal(expected, await page.Locator("#error .message").TextContentAsync());
            Assert.Equal($"{query} – 工会经验材料检索", await page.TitleAsync());
            Assert.False(await page.Locator("#export").IsVisibleAsync());
            if (status is 429 or >= 500)
            {
                if (status == 429) await Screenshot(page, "desktop-rate-limited");
                // Worth trying again: the button does, and the results come once the service answers.
                answer = null;
                await page.Locator("#error .retry").ClickAsync();
                await WaitForQueryHits(page);
                Assert.True(await page.Locator("#error").IsHiddenAsync());
            }
            else Assert.Equal(0, await page.Locator("#error .retry").CountAsync());
        }
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_failed_connection_says_the_connection_failed(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        await page.GotoAsync(browser.BaseUrl + "/");
        await WaitForHits(page);
        await page.RouteAsync(url => url.Contains("/api/search?", StringComparison.Ordinal), route => route.AbortAsync("internetdisconnected"));
        await Search(page, "劳模");
        await WaitForError(page);
        Assert.Equal("无法连接到检索服务，请检查网络连接后重试。", await page.Locator("#error .message").TextContentAsync());
        Assert.True(await page.Locator("#error .retry").IsVisibleAsync());
        await Screenshot(page, $"{size}-network-error");
        await browser.AssertNoCspViolations(page);
    }

    [Fact]
    public async Task An_unknown_report_is_told_in_chinese_in_the_reader()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(browser.BaseUrl + "/?report=r-0000000000");
        await page.WaitForSelectorAsync("#report [role=alert]");
        var text = await page.Locator("#report").InnerTextAsync();
        Assert.Contains("找不到", text);
        Assert.DoesNotMatch(English, text);
        Assert.Equal("report-title", await ActiveElement(page));
        Assert.Equal("无法打开报告 – 工会经验材料检索", await page.TitleAsync());
        await browser.AssertNoCspViolations(page);
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Missing_fields_never_show_as_null(int width, int height, string size)
    {
        var page = await browser.NewPage(width, height);
        const string hit = """{"id":"p-nulls","reportId":"r-nulls","reportTitle":null,"organisation":null,"region":null,"regionPath":null,"themes":null,"section":null,"text":"没有单位和地区的段落。","highlights":null,"score":1.0}""";
        await page.RouteAsync(url => url.Contains("/api/search?", StringComparison.Ordinal), route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = """{"query":"空","total":1,"tookMs":null,"page":1,"size":10,"matchMode":null,"hits":[""" + hit + """],"facets":{"organisation":null,"region":[{"value":null,"count":1}],"theme":[]}}""",
        }));
        await page.RouteAsync(url => url.Contains("/api/reports/r-nulls", StringComparison.Ordinal), route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = """{"id":"r-nulls","title":"没有副标题的报告","subtitle":null,"organisation":null,"region":null,"themes":null,"sourcePath":null,"sections":[{"headingPath":null,"passages":[{"id":"p-nulls","text":"没有单位和地区的段落。","organisation":null,"occurrences":null,"citation":"没有副标题的报告[R]. (来源不详)."}]},{"headingPath":["一、小标题",null],"passages":[{"id":"p-two","text":null,"occurrences":[{"sourcePath":null,"line":3}]}]}]}""",
        }));
        await page.GotoAsync(Url(browser, "空"));
        await WaitForHits(page);
        var results = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotMatch(new Regex("null|undefined|NaN"), results);
        Assert.Contains("单位不详", results);
        Assert.Contains("（无标题）", results);

        await page.Locator("#hits .hit-title a").ClickAsync();
        await page.WaitForSelectorAsync("#report h1:text('没有副标题的报告')");
        await page.Locator("#report [data-cite]").First.ClickAsync();
        var reader = await page.Locator("#report").InnerTextAsync();
        Assert.DoesNotMatch(new Regex("null|undefined|NaN|——"), reader);
        Assert.Contains("单位不详", reader);
        Assert.Equal("没有副标题的报告 – 工会经验材料检索", await page.TitleAsync());
        await Screenshot(page, $"{size}-reader-missing-fields");
        await browser.AssertNoCspViolations(page);
    }
}
