using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SearchService.Api.Tests;

public class SearchApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> Get(string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<JsonElement> Problem(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    [Fact]
    public async Task Search_finds_seed_passages_with_highlights()
    {
        var result = await Get("/api/search?q=劳模");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        var hit = result.GetProperty("hits")[0];
        Assert.StartsWith("p-", hit.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("organisation").GetString()));
        var highlights = hit.GetProperty("highlights").EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Contains(highlights, h => h.Contains("<mark>劳模"));
    }

    [Fact]
    public async Task Health_and_readiness()
    {
        Assert.Equal("alive", (await Get("/health")).GetProperty("status").GetString());
        var ready = await Get("/health/ready");
        Assert.True(ready.GetProperty("index").GetProperty("passages").GetInt32() > 0);
    }

    [Theory]
    [InlineData("/api/search?q=%22%E5%8A%B3%E6%A8%A1", "quote")]
    [InlineData("/api/search?q=(%E5%8A%B3%E6%A8%A1", "(")]
    [InlineData("/api/search?q=foo:bar", "unknown field")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&size=101", "size")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&size=abc", "size")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&page=0", "page")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&page=101&size=100", "10000")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&groupBy=x", "groupBy")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&sort=x", "sort")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&op=xor", "op")]
    public async Task Bad_requests_are_problem_details(string url, string mentioned)
    {
        var problem = await Problem(url, HttpStatusCode.BadRequest);
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Overlong_query_is_rejected() =>
        await Problem("/api/search?q=" + new string('劳', 1001), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Unknown_ids_are_404() 
    {
        await Problem("/api/passages/p-000000000000", HttpStatusCode.NotFound);
        await Problem("/api/passages/p-000000000000/similar", HttpStatusCode.NotFound);
        await Problem("/api/reports/r-0000000000", HttpStatusCode.NotFound);
    }
}
