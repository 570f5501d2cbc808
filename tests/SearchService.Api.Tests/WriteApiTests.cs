using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>The API with a write key configured.</summary>
public sealed class KeyedApiFactory : ApiFactoryBase
{
    public const string Key = "test-key-不要泄露";

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Auth:ApiKeys:0", Key);
}

public class WriteApiTests(KeyedApiFactory factory) : IClassFixture<KeyedApiFactory>
{
    private HttpClient Client(string? key = KeyedApiFactory.Key)
    {
        var client = factory.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Body(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await Body(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Writes_need_the_right_key()
    {
        var report = new { title = "密钥测试报告", text = "无密钥的请求不得写入索引。" };
        var none = await Client(null).PostAsync("/api/reports", Json(report));
        await AssertProblem(none, HttpStatusCode.Unauthorized, "unauthorized");
        var wrong = await Client("wrong").PostAsync("/api/reports", Json(report));
        await AssertProblem(wrong, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.DoesNotContain(KeyedApiFactory.Key, await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posted_report_is_searchable_at_once_then_replaced_then_deleted()
    {
        var client = Client();
        var created = await client.PostAsync("/api/reports", Json(new
        {
            title = "光明区总工会推进职工书屋建设",
            organisation = "光明区总工会",
            region = "浙江省/嘉兴市/平湖市",
            themes = new[] { "服务职工" },
            text = "一、建强阵地\n光明区总工会在全区建成职工书屋一百二十家，推动阅读进车间、进班组。\n二、创新服务\n依托独角兽科技园开展夜读活动。",
        }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Body(created)).GetProperty("id").GetString()!;
        Assert.Equal($"/api/reports/{id}", created.Headers.Location?.OriginalString);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=独角兽科技园");
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("reportId").GetString() == id);

        var replaced = await client.PutAsync($"/api/reports/{id}", Json(new { title = "光明区总工会推进职工书屋建设", organisation = "光明区总工会", text = "改版后的内容提到星空图书角。" }));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/search?q=独角兽科技园&op=and")).GetProperty("total").GetInt32());
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/search?q=星空图书角")).GetProperty("total").GetInt32() > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/reports/{id}")).StatusCode);
        await AssertProblem(await client.GetAsync($"/api/reports/{id}"), HttpStatusCode.NotFound, "not_found");
        await AssertProblem(await client.DeleteAsync($"/api/reports/{id}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache_until_a_write_changes_the_index()
    {
        var client = Client();
        const string url = "/api/search?q=缓存失效测试词&op=or&organisation=缓存测试总工会";
        var first = await client.GetFromJsonAsync<JsonElement>(url);
        var again = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.True(again.GetProperty("cached").GetBoolean());
        Assert.Equal(first.GetProperty("total").GetInt32(), again.GetProperty("total").GetInt32());

        var created = await client.PostAsync("/api/reports", Json(new { title = "缓存测试", organisation = "缓存测试总工会", text = "这一段写着缓存失效测试词。" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.False(after.GetProperty("cached").GetBoolean());
        Assert.Equal(first.GetProperty("total").GetInt32() + 1, after.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/reports/{(await Body(created)).GetProperty("id").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Uploads_a_gb18030_text_file_as_multipart()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("钱塘区总工会开展户外劳动者爱心驿站建设\n\n钱塘区总工会在辖区建成爱心驿站三十座，为快递员提供休息场所。");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "../../etc/钱塘区.txt");
        form.Add(new StringContent("钱塘区总工会"), "organisation");
        var response = await Client().PostAsync("/api/reports", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var search = await Client().GetFromJsonAsync<JsonElement>("/api/search?q=爱心驿站 快递员");
        var hit = search.GetProperty("hits").EnumerateArray().First();
        // A given name is canonicalised like an extracted one, so the facet has one value per organisation.
        Assert.Equal("杭州市钱塘区总工会", hit.GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task Unsupported_upload_and_bad_json_are_400()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.exe" } };
        await AssertProblem(await Client().PostAsync("/api/reports", form), HttpStatusCode.BadRequest, "invalid_parameter");
        await AssertProblem(await Client().PostAsync("/api/reports", new StringContent("{", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_parameter");
        await AssertProblem(await Client().PostAsync("/api/reports", Json(new { title = "空" })), HttpStatusCode.BadRequest, "invalid_parameter");
        await AssertProblem(await Client().PostAsync("/api/reports", new StringContent("标题", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType,
            "unsupported_media_type");
    }
}

public class WritesDisabledTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Without_a_configured_key_writes_are_disabled_and_say_so()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");
        var response = await client.DeleteAsync("/api/reports/r-0000000000");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Auth:ApiKeys", problem.GetProperty("detail").GetString());
        Assert.Equal("writes_disabled", problem.GetProperty("code").GetString());
    }
}
