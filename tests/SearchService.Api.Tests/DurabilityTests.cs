using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>The API with a write key and no request rate limit, on a given index folder so a test can restart it.</summary>
public sealed class DurableApiFactory(string? indexPath = null) : ApiFactoryBase(indexPath)
{
    public const string Key = "durable-key";

    public DurableApiFactory() : this(null)
    {
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", Key);
        builder.UseSetting("Limits:RequestsPerWindow", "0");
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }
}

/// <summary>
/// What the service promises about writes: an acknowledged write (2xx) survives re-indexing and restarts, a deletion
/// too (of a seed report as well), concurrent writes on one id end in a state some order of them explains, and ids
/// belong to one report.
/// </summary>
public class DurabilityTests
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Body(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<List<JsonElement>> Reports(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/reports?size=1000")).EnumerateArray().ToList();

    private static async Task<int> Total(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/search?op=and&q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    internal static async Task Reindex(HttpClient writer)
    {
        var started = await writer.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await ReindexFinished(writer);
    }

    internal static async Task ReindexFinished(HttpClient writer)
    {
        // Generous for a loaded 2-core machine, but a re-index that never ends must fail the test, not end the wait.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        string? state;
        do
        {
            await Task.Delay(50);
            state = (await writer.GetFromJsonAsync<JsonElement>("/api/admin/reindex")).GetProperty("state").GetString();
        }
        while (state == "running" && DateTime.UtcNow < deadline);
        Assert.Equal("succeeded", state);
    }

    [Fact]
    public async Task Deleting_every_report_and_restarting_brings_none_back()
    {
        var folder = ApiFactoryBase.NewIndexPath();
        try
        {
            using (var first = new DurableApiFactory(folder))
            {
                var client = first.Writer();
                foreach (var report in await Reports(client))
                    Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/reports/{report.GetProperty("id").GetString()}")).StatusCode);
                Assert.Empty(await Reports(client));
            }
            using (var second = new DurableApiFactory(folder))
                Assert.Empty(await Reports(second.Writer()));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
