using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>Corrections through the write API last like the documents do.</summary>
public class CorrectionTests
{
    private static StringContent Json(object? body, string mediaType = "application/json") => new(JsonSerializer.Serialize(body), Encoding.UTF8, mediaType);

    private static async Task<JsonElement> Body(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<HttpResponseMessage> Patch(HttpClient client, string id, object body) =>
        client.PatchAsync($"/api/reports/{id}", Json(body, "application/merge-patch+json"));

    private static async Task<string> SeedReport(HttpClient client, string organisation) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/reports?size=1000")).EnumerateArray()
        .First(r => r.GetProperty("organisation").GetString() == organisation).GetProperty("id").GetString()!;

    [Fact]
    public async Task A_correction_of_a_seed_report_survives_reindexing_and_restarts_and_can_be_taken_back()
    {
        var folder = ApiFactoryBase.NewIndexPath();
        try
        {
            string id;
            IReadOnlyList<string> passageIds;
            using (var factory = new DurableApiFactory(folder))
            {
                var client = factory.Writer();
                id = await SeedReport(client, "苏州市总工会");
                var before = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
                passageIds = before.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();

                var corrected = await Patch(client, id, new { organisation = "昆山市总工会", themes = new[] { "女职工" } });
                Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
                await AssertCorrected(client, id, passageIds);
                await DurabilityTests.Reindex(client);
                await AssertCorrected(client, id, passageIds);
            }
            using (var factory = new DurableApiFactory(folder))
            {
                var client = factory.Writer();
                await AssertCorrected(client, id, passageIds);

                Assert.Equal(HttpStatusCode.OK, (await Patch(client, id, new { organisation = (string?)null, themes = (string[]?)null })).StatusCode);
                var restored = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
                Assert.Equal("苏州市总工会", restored.GetProperty("organisation").GetString());
                Assert.NotEqual("correction", restored.GetProperty("organisationSource").GetString());
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task AssertCorrected(HttpClient client, string id, IReadOnlyList<string> passageIds)
    {
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        Assert.Equal("昆山市总工会", report.GetProperty("organisation").GetString());
        Assert.Equal("correction", report.GetProperty("organisationSource").GetString());
        Assert.Equal(["女职工"], report.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(passageIds, report.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.All(report.GetProperty("passages").EnumerateArray(), p => Assert.Equal("昆山市总工会", p.GetProperty("organisation").GetString()));
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?organisation=" + Uri.EscapeDataString("昆山市总工会"));
        Assert.Equal(passageIds.Count, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_correction_of_an_api_report_applies_at_once_and_a_bad_one_is_refused()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        var created = await client.PostAsync("/api/reports", Json(new { title = "更正测试", organisation = "更正区总工会", text = "更正区总工会开展夏送清凉。" }));
        var id = (await Body(created)).GetProperty("id").GetString()!;
        var corrected = await Patch(client, id, new { region = "浙江省/嘉兴市/平湖市" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("浙江省/嘉兴市/平湖市", (await Body(corrected)).GetProperty("reports")[0].GetProperty("region").GetString());
        Assert.Equal(id, (await client.GetFromJsonAsync<JsonElement>("/api/search?region=" + Uri.EscapeDataString("平湖市") + "&q=" + Uri.EscapeDataString("夏送清凉")))
            .GetProperty("hits")[0].GetProperty("reportId").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await Patch(client, "r-0000000000", new { organisation = "某总工会" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Patch(client, id, new { title = "不能改标题" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Patch(client, id, new { organisation = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Patch(client, id, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Patch(client, id, new { organisation = new string('会', 201) })).StatusCode);
    }
}
