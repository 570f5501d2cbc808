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

    private async Task<JsonElement> Problem(string url, HttpStatusCode status, string code)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(code, problem.GetProperty("code").GetString());
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
    [InlineData("/api/search?q=%22%E5%8A%B3%E6%A8%A1", "quote", "query_syntax")]
    [InlineData("/api/search?q=(%E5%8A%B3%E6%A8%A1", "(", "query_syntax")]
    [InlineData("/api/search?q=foo:bar", "unknown field", "query_syntax")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&page=101&size=100", "10000", "page_too_deep")]
    public async Task Bad_queries_are_problem_details_with_their_code(string url, string mentioned, string code)
    {
        var problem = await Problem(url, HttpStatusCode.BadRequest, code);
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&size=101", "size")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&size=abc", "size")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&page=0", "page")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&page=99999999999999999999", "page")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&groupBy=x", "groupBy")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&sort=x", "sort")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&op=xor", "op")]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&explain=maybe", "explain")]
    [InlineData("/api/search?facetSize=0", "facetSize")]
    [InlineData("/api/search/export?format=xml", "format")]
    [InlineData("/api/suggest?q=%E5%8A%B3&size=51", "size")]
    [InlineData("/api/suggest?size=5", "q")]
    [InlineData("/api/analyze?text=%E5%8A%B3&field=x", "field")]
    [InlineData("/api/reports?size=0", "size")]
    [InlineData("/api/passages/p-000000000000/similar?size=-1", "size")]
    public async Task A_bad_parameter_is_invalid_parameter_naming_it(string url, string parameter)
    {
        var problem = await Problem(url, HttpStatusCode.BadRequest, "invalid_parameter");
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Validation_failures_list_every_field_error()
    {
        var problem = await Problem("/api/search?size=500&facetSize=0", HttpStatusCode.BadRequest, "invalid_parameter");
        var errors = problem.GetProperty("errors");
        Assert.Contains("from 1 to 100", errors.GetProperty("size")[0].GetString());
        Assert.Contains("from 1 to 1000", errors.GetProperty("facetSize")[0].GetString());
    }

    [Theory]
    [InlineData("sort=REPORT")]
    [InlineData("sort=report")]
    [InlineData("op=And")]
    [InlineData("groupBy=Report")]
    [InlineData("sort=")]
    [InlineData("page=&size=&explain=&facetSize=&groupBy=&op=")]
    public async Task Enum_parameters_are_accepted_in_any_case_and_empty_values_mean_not_given(string parameter) =>
        await Get($"/api/search?q=%E5%8A%B3%E6%A8%A1&{parameter}");

    [Fact]
    public async Task Overlong_query_is_rejected_with_the_limit()
    {
        var problem = await Problem("/api/search?q=" + new string('劳', 1001), HttpStatusCode.BadRequest, "query_too_long");
        Assert.Equal(1000, problem.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Unknown_ids_and_routes_are_404()
    {
        Assert.Equal("p-000000000000", (await Problem("/api/passages/p-000000000000", HttpStatusCode.NotFound, "not_found")).GetProperty("id").GetString());
        await Problem("/api/passages/p-000000000000/similar", HttpStatusCode.NotFound, "not_found");
        await Problem("/api/reports/r-0000000000", HttpStatusCode.NotFound, "not_found");
        await Problem("/api/no-such-thing", HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Limits_are_served_for_the_page()
    {
        var limits = await Get("/api/limits");
        Assert.Equal(100, limits.GetProperty("maxPageSize").GetInt32());
        Assert.Equal(10, limits.GetProperty("defaultPageSize").GetInt32());
        Assert.Equal(10_000, limits.GetProperty("maxDepth").GetInt32());
    }

    [Fact]
    public async Task Search_latency_is_tagged_cached_or_not()
    {
        await Get("/api/search?q=%E5%B7%A5%E5%8C%A0%E6%8C%87%E6%A0%87");
        Assert.True((await Get("/api/search?q=%E5%B7%A5%E5%8C%A0%E6%8C%87%E6%A0%87")).GetProperty("cached").GetBoolean());
        var metrics = await client.GetStringAsync("/metrics");
        var duration = metrics.Split('\n').Where(l => l.StartsWith("searchservice_search_duration", StringComparison.Ordinal)).ToList();
        Assert.Contains(duration, l => l.Contains("cached=\"true\""));
        Assert.Contains(duration, l => l.Contains("cached=\"false\""));
    }
}
