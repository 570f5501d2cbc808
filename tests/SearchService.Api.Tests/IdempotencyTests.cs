using System.Net;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>An Idempotency-Key makes any write safe to retry: the first answer is replayed, a reused key refused.</summary>
public class IdempotencyTests
{
    private static StringContent Json(object? body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Body(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_retried_write_with_an_idempotency_key_gets_the_first_answer()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        async Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body, string key)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var report = new { title = "幂等测试", organisation = "幂等区总工会", text = "幂等区总工会开展冬送温暖。" };
        var first = await Send(HttpMethod.Post, "/api/reports", report, "key-post-1");
        var again = await Send(HttpMethod.Post, "/api/reports", report, "key-post-1");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var id = (await Body(first)).GetProperty("id").GetString()!;
        Assert.Equal(id, (await Body(again)).GetProperty("id").GetString());
        // Without the key the same upload is recognised as the same document: 200 with the same report.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/reports", Json(report))).StatusCode);

        var reused = await Send(HttpMethod.Post, "/api/reports", report with { text = "另一段内容。" }, "key-post-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency_key_reused", (await Body(reused)).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, $"/api/reports/{id}", null, "key-delete-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, $"/api/reports/{id}", null, "key-delete-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/reports/{id}")).StatusCode);

        var invalid = await Send(HttpMethod.Delete, $"/api/reports/{id}", null, new string('k', 300));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
