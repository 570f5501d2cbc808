using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>Nothing a user posts disappears unaccounted: credits and dates become report metadata, page chrome is listed as dropped.</summary>
public class UploadedLinesTests(KeyedApiFactory factory) : IClassFixture<KeyedApiFactory>
{
    [Fact]
    public async Task A_posted_news_page_keeps_its_credits_and_date_and_lists_the_lines_it_left_out()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("""
                当前位置：首页 > 工会动态
                宿松县总工会开展送清凉活动
                发布时间：2024-07-12 09:30　来源：宿松县总工会
                7月11日，宿松县总工会走访高温作业企业，为一线职工送去防暑降温用品。
                （责编：张三）
                扫码关注
                """)), "file", "page.txt" },
        };
        var created = await client.PostAsync("/api/reports", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var dropped = body.GetProperty("droppedLines").EnumerateArray().ToList();
        Assert.Equal([1, 6], dropped.Select(d => d.GetProperty("line").GetInt32()));
        Assert.All(dropped, d => Assert.Equal("page chrome", d.GetProperty("reason").GetString()));

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{body.GetProperty("id").GetString()}");
        Assert.Equal(("2024-07-12", "day"), (report.GetProperty("date").GetString(), report.GetProperty("datePrecision").GetString()));
        Assert.Equal(["发布时间：2024-07-12 09:30　来源：宿松县总工会", "（责编：张三）"], report.GetProperty("credits").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(4, report.GetProperty("passages")[0].GetProperty("occurrences")[0].GetProperty("ranges")[0].GetProperty("first").GetInt32());
    }
}
