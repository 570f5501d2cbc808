using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>The API with a write key and hits cut at 100 characters.</summary>
public sealed class ShortHitsApiFactory : ApiFactoryBase
{
    public const string Key = "short-hits-key";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", Key);
        builder.UseSetting("Limits:MaxHitTextChars", "100");
    }
}

/// <summary>A hit carries a bounded part of its passage's text, saying so; the passage view has it whole.</summary>
public class HitTextTests(ShortHitsApiFactory factory) : IClassFixture<ShortHitsApiFactory>
{
    [Fact]
    public async Task A_long_passage_is_cut_in_hits_and_exports_and_whole_in_the_passage_view()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ShortHitsApiFactory.Key);
        var text = "长段落测试区总工会开展睡莲职工读书会，" + string.Concat(Enumerable.Repeat("职工在读书会上交流学习心得。", 40));
        var body = JsonSerializer.Serialize(new { title = "长段落", organisation = "长段落区总工会", text });
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);

        var hit = (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("睡莲职工读书会"))).GetProperty("hits")[0];
        Assert.Equal(100, hit.GetProperty("text").GetString()!.Length);
        Assert.True(hit.GetProperty("textTruncated").GetBoolean());
        Assert.Contains("<mark>", hit.GetProperty("highlights")[0].GetString());

        var passage = await client.GetFromJsonAsync<JsonElement>($"/api/passages/{hit.GetProperty("id").GetString()}");
        Assert.Equal(text, passage.GetProperty("text").GetString());

        var export = await client.GetFromJsonAsync<JsonElement>("/api/search/export?format=json&q=" + Uri.EscapeDataString("睡莲职工读书会"));
        Assert.True(export[0].GetProperty("textTruncated").GetBoolean());

        // A short passage says nothing about cutting.
        var seedHit = (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("劳模") + "&size=1")).GetProperty("hits")[0];
        Assert.False(seedHit.TryGetProperty("textTruncated", out _) && seedHit.GetProperty("text").GetString()!.Length < 100);
    }

    [Fact]
    public async Task A_report_of_80000_matched_sentences_is_searched_within_the_budget()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ShortHitsApiFactory.Key);
        var text = string.Concat(Enumerable.Repeat("劳模。", 80_000)); // 720 KB: the hostile report of issue 17
        var body = JsonSerializer.Serialize(new { title = "重复句子", organisation = "重复区总工会", text });
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);

        var response = await client.GetAsync("/api/search?size=100&q=" + Uri.EscapeDataString("劳模"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hits").EnumerateArray().ToList();
        // Ingestion splits the one long paragraph and collapses the identical pieces: the report has one passage.
        var hit = Assert.Single(hits, h => h.GetProperty("reportTitle").GetString() == "重复句子");
        Assert.True(hit.GetProperty("text").GetString()!.Length <= 100);
        Assert.Equal(3, hit.GetProperty("highlights").GetArrayLength());
    }
}
