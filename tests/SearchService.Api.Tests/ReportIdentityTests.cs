using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>Report ids come from the upload, not from what extraction finds; passages are unique to their report.</summary>
public class ReportIdentityTests(KeyedApiFactory factory) : IClassFixture<KeyedApiFactory>
{
    private const string Text = "一、服务阵地\n句容市总工会在城区建成户外劳动者驿站二十座，提供饮水、充电和休息服务，全年服务快递员三万余人次。";

    private HttpClient Client()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        return client;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<string> Id(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

    [Fact]
    public async Task Two_unions_posting_the_same_text_make_two_reports_each_with_its_own_passage()
    {
        var client = Client();
        var first = await client.PostAsync("/api/reports", Json(new { title = "驿站经验交流", organisation = "句容市总工会", text = Text }));
        var second = await client.PostAsync("/api/reports", Json(new { title = "驿站经验交流", organisation = "镇江市总工会", text = Text }));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var (a, b) = (await Id(first), await Id(second));
        Assert.NotEqual(a, b);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("户外劳动者驿站二十座"));
        // Twins across reports are one hit that says it also stands in the other report; each report keeps its own passage.
        var hit = Assert.Single(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("reportId").GetString() is { } r && (r == a || r == b));
        Assert.Equal(1, hit.GetProperty("alsoInReports").GetInt32());
        var own = new List<string>();
        foreach (var organisation in new[] { "句容市总工会", "镇江市总工会" })
        {
            var filtered = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("户外劳动者驿站二十座") + "&organisation=" + Uri.EscapeDataString(organisation));
            var mine = Assert.Single(filtered.GetProperty("hits").EnumerateArray(), h => h.GetProperty("reportId").GetString() is { } r && (r == a || r == b));
            Assert.Equal(organisation, mine.GetProperty("organisation").GetString());
            own.Add(mine.GetProperty("id").GetString()!);
        }
        Assert.NotEqual(own[0], own[1]);

        // The same upload again names the same report: 200 with it, not a second one.
        var again = await client.PostAsync("/api/reports", Json(new { title = "驿站经验交流", organisation = "句容市总工会", text = Text }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(a, await Id(again));
    }

    [Fact]
    public async Task A_replacement_keeps_the_reports_id_and_its_passages_are_its_own()
    {
        var client = Client();
        var created = await client.PostAsync("/api/reports", Json(new { title = "职工书屋建设", organisation = "桐乡市总工会", text = "桐乡市总工会今年新建职工书屋八家，配送图书三千册。" }));
        var other = await client.PostAsync("/api/reports", Json(new { title = "职工之家建设", organisation = "海宁市总工会", text = "海宁市总工会命名模范职工之家十家。" }));
        var (id, otherId) = (await Id(created), await Id(other));

        var body = new { title = "同一份材料", organisation = "桐乡市总工会", text = "两地工会共同编写的职工书屋管理办法正式印发，明确了图书采购和借阅流程。" };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/reports/{id}", Json(body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/reports/{otherId}", Json(body))).StatusCode);

        var first = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{otherId}");
        Assert.Equal((id, otherId), (first.GetProperty("id").GetString(), second.GetProperty("id").GetString()));
        string PassageId(JsonElement report) => report.GetProperty("sections")[0].GetProperty("passages")[0].GetProperty("id").GetString()!;
        string TwinKey(JsonElement report) => report.GetProperty("sections")[0].GetProperty("passages")[0].GetProperty("twinKey").GetString()!;
        Assert.NotEqual(PassageId(first), PassageId(second));
        Assert.Equal(TwinKey(first), TwinKey(second));
    }
}
