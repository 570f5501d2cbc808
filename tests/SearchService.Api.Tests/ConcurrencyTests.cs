using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

public sealed class BusyApiFactory : ApiFactoryBase
{
    public const string Key = "busy-key";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", Key);
        builder.UseSetting("Limits:RequestsPerWindow", "0");
    }
}

/// <summary>Searches keep answering, without a single error, while reports are written and the index is rebuilt.</summary>
public class ConcurrencyTests(BusyApiFactory factory) : IClassFixture<BusyApiFactory>
{
    [Fact]
    public async Task Searches_during_writes_and_a_reindex_never_fail()
    {
        var reader = factory.CreateClient();
        var writer = factory.CreateClient();
        writer.DefaultRequestHeaders.Add("X-Api-Key", BusyApiFactory.Key);
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var searches = 0;

        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await reader.GetAsync("/api/search?q=" + Uri.EscapeDataString("职工 技能"));
                Interlocked.Increment(ref searches);
                if (response.StatusCode != HttpStatusCode.OK) lock (failures) failures.Add($"search {(int)response.StatusCode}");
            }
        })).ToList();

        for (var i = 0; i < 10; i++)
        {
            var body = JsonSerializer.Serialize(new { title = $"并发写入报告{i}", organisation = "并发区总工会", text = $"并发写入测试段落{i}，开展职工技能培训。" });
            var created = await writer.PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"));
            if (created.StatusCode != HttpStatusCode.Created) lock (failures) failures.Add($"write {(int)created.StatusCode}");
        }
        var reindex = await writer.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Accepted, reindex.StatusCode);
        // Generous for a loaded 2-core machine, but a re-index that never ends must fail the test, not end the wait.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        string? state;
        do
        {
            await Task.Delay(50);
            state = JsonDocument.Parse(await writer.GetStringAsync("/api/admin/reindex")).RootElement.GetProperty("state").GetString();
        }
        while (state == "running" && DateTime.UtcNow < deadline);
        stop.Cancel();
        await Task.WhenAll(searchers);
        Assert.True(state == "succeeded", $"the re-index ended as '{state}' (still 'running' means it did not finish within 120 s)");
        Assert.Empty(failures);
        Assert.True(searches > 20, $"only {searches} searches ran");
        // The rebuild reads the sources and the document store: the reports written through the API are all still there.
        var after = JsonDocument.Parse(await reader.GetStringAsync("/api/reports")).RootElement;
        Assert.Equal(10, after.EnumerateArray().Count(r => r.GetProperty("organisation").GetString() == "并发区总工会"));
    }
}
