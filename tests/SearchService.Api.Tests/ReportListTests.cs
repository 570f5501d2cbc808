using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>GET /api/reports pages through every report exactly once, in one order, with the right total.</summary>
public class ReportListTests
{
    [Fact]
    public async Task Pages_cover_every_report_once_in_source_title_order_with_the_total()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        // Titles that sort differently from the order written, two with the same title (told apart by id).
        foreach (var (title, i) in new[] { "丙", "甲", "乙", "甲", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑" }.Select((t, i) => (t, i)))
        {
            var body = JsonSerializer.Serialize(new { title = $"分页{title}", organisation = "分页区总工会", text = $"分页测试第{i}段。" });
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);
        }

        var whole = await client.GetAsync("/api/reports?size=1000");
        var all = (await whole.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(all.Count.ToString(), whole.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(13 + 5, all.Count);
        var keys = all.Select(r => (Source: r.GetProperty("sourcePath").GetString()!, Title: r.GetProperty("title").GetString()!, Id: r.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Source, StringComparer.Ordinal).ThenBy(k => k.Title, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal), keys);

        var paged = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var response = await client.GetAsync($"/api/reports?page={page}&size=4");
            Assert.Equal(all.Count.ToString(), response.Headers.GetValues("X-Total-Count").Single());
            var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
            if (items.Count == 0) break;
            Assert.True(items.Count <= 4);
            paged.AddRange(items);
        }
        Assert.Equal(all.Select(r => r.GetRawText()), paged.Select(r => r.GetRawText()));

        // A listing says what the report view says.
        var seed = all.First(r => r.GetProperty("organisation").GetString() == "平湖市总工会");
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{seed.GetProperty("id").GetString()}");
        Assert.Equal(report.GetProperty("passages").GetArrayLength(), seed.GetProperty("passages").GetInt32());
        Assert.Equal(report.GetProperty("sections").GetArrayLength(), seed.GetProperty("sections").GetInt32());
        Assert.Equal(report.GetProperty("subtitle").GetString(), seed.GetProperty("subtitle").GetString());
        Assert.Equal(report.GetProperty("region").GetString(), seed.GetProperty("region").GetString());
        Assert.Equal(report.GetProperty("themes").GetRawText(), seed.GetProperty("themes").GetRawText());

        var beyond = await client.GetAsync("/api/reports?page=100&size=4");
        Assert.Empty((await beyond.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }
}
