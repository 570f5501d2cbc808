using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Documents;

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

/// <summary>Writes wait 200 ms at most for the write gate, so a test holding it sees them refused at once.</summary>
public sealed class ImpatientWritesFactory : ApiFactoryBase
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", DurableApiFactory.Key);
        builder.UseSetting("Limits:RequestsPerWindow", "0");
        builder.UseSetting("Limits:WriteWaitMs", "200");
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DurableApiFactory.Key);
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
    public async Task A_reindex_keeps_reports_written_through_the_api_and_deletions_of_seed_reports()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        var created = await client.PostAsync("/api/reports", Json(new { title = "重建索引保留测试", organisation = "重建区总工会", text = "重建区总工会开展紫藤花职工读书会。" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Body(created)).GetProperty("id").GetString()!;
        var seed = (await Reports(client)).First(r => r.GetProperty("sourcePath").GetString()!.EndsWith(".txt") && !r.GetProperty("sourcePath").GetString()!.StartsWith("api/"));
        var seedId = seed.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/reports/{seedId}")).StatusCode);

        await Reindex(client);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/reports/{id}")).StatusCode);
        Assert.Equal(1, await Total(client, "紫藤花职工读书会"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/reports/{seedId}")).StatusCode);
        Assert.DoesNotContain(await Reports(client), r => r.GetProperty("id").GetString() == seedId);
    }

    [Fact]
    public async Task Deleting_every_report_and_restarting_brings_none_back_and_api_reports_survive_the_restart()
    {
        var folder = ApiFactoryBase.NewIndexPath();
        try
        {
            string kept;
            using (var first = new DurableApiFactory(folder))
            {
                var client = first.Writer();
                foreach (var report in await Reports(client))
                    Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/reports/{report.GetProperty("id").GetString()}")).StatusCode);
                Assert.Empty(await Reports(client));
                var created = await client.PostAsync("/api/reports", Json(new { title = "重启保留测试", organisation = "重启区总工会", text = "重启区总工会建成凌霄花职工驿站。" }));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                kept = (await Body(created)).GetProperty("id").GetString()!;
            }
            using (var second = new DurableApiFactory(folder))
            {
                var client = second.Writer();
                Assert.Equal([kept], (await Reports(client)).Select(r => r.GetProperty("id").GetString()));
                Assert.Equal(1, await Total(client, "凌霄花职工驿站"));
                await Reindex(client);
                Assert.Equal([kept], (await Reports(client)).Select(r => r.GetProperty("id").GetString()));
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Identical_concurrent_posts_make_one_report()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        var body = new { title = "并发相同提交", organisation = "同步区总工会", text = "同步区总工会举办金银花技能比武。" };
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsync("/api/reports", Json(body))));
        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.OK));
        var ids = await Task.WhenAll(answers.Select(async a => (await Body(a)).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Single(await Reports(client), r => r.GetProperty("title").GetString() == "并发相同提交");
        Assert.Equal(1, await Total(client, "金银花技能比武"));
    }

    [Fact]
    public async Task Same_title_and_organisation_with_different_text_are_two_reports()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        var first = await client.PostAsync("/api/reports", Json(new { title = "同名材料", organisation = "同名区总工会", text = "同名区总工会开展木棉花一线慰问。" }));
        var second = await client.PostAsync("/api/reports", Json(new { title = "同名材料", organisation = "同名区总工会", text = "同名区总工会开展三角梅职工疗休养。" }));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.NotEqual((await Body(first)).GetProperty("id").GetString(), (await Body(second)).GetProperty("id").GetString());
        Assert.Equal(2, (await Reports(client)).Count(r => r.GetProperty("title").GetString() == "同名材料"));
    }

    [Fact]
    public async Task The_same_body_put_to_two_ids_gives_each_report_its_own_passage_ids()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        var one = (await Body(await client.PostAsync("/api/reports", Json(new { title = "甲地材料", organisation = "甲区总工会", text = "甲区总工会建成职工书屋。" })))).GetProperty("id").GetString();
        var two = (await Body(await client.PostAsync("/api/reports", Json(new { title = "乙地材料", organisation = "乙区总工会", text = "乙区总工会建成职工之家。" })))).GetProperty("id").GetString();
        var same = new { title = "两地共用材料", organisation = "甲区总工会", text = "两地工会共同印发含笑花职工互助办法。" };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/reports/{one}", Json(same))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/reports/{two}", Json(same))).StatusCode);

        static IEnumerable<string> PassageIds(JsonElement report) => report.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("id").GetString()!);
        var first = PassageIds(await client.GetFromJsonAsync<JsonElement>($"/api/reports/{one}")).ToList();
        var second = PassageIds(await client.GetFromJsonAsync<JsonElement>($"/api/reports/{two}")).ToList();
        Assert.NotEmpty(first);
        Assert.Empty(first.Intersect(second));
        // The two passages are twins (the same paragraph in two reports): search lists one and says it stands in the other too.
        var hits = (await client.GetFromJsonAsync<JsonElement>("/api/search?op=and&q=" + Uri.EscapeDataString("含笑花职工互助办法"))).GetProperty("hits").EnumerateArray().ToList();
        var hit = Assert.Single(hits);
        Assert.Contains(hit.GetProperty("reportId").GetString(), new[] { one, two });
        Assert.Equal(1, hit.GetProperty("alsoInReports").GetInt32());
    }

    [Fact]
    public async Task Puts_racing_deletes_end_in_a_state_their_order_explains()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        for (var round = 0; round < 5; round++)
        {
            var id = $"race-{round}";
            var created = await client.PutAsync($"/api/reports/{id}", Json(new { title = "竞争写入", organisation = "竞争区总工会", text = $"第{round}轮初始内容。" }));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            // Replace-only PUTs (If-Match: *) against DELETEs: once a DELETE has succeeded nothing may bring the report back.
            var puts = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/{id}") { Content = Json(new { title = "竞争写入", organisation = "竞争区总工会", text = $"第{round}轮替换内容{i}号。" }) };
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                return (await client.SendAsync(request)).StatusCode;
            }));
            var deletes = Enumerable.Range(0, 10).Select(_ => Task.Run(async () => (await client.DeleteAsync($"/api/reports/{id}")).StatusCode));
            var putStatuses = await Task.WhenAll(puts);
            var deleteStatuses = await Task.WhenAll(deletes);

            Assert.All(putStatuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
            Assert.All(deleteStatuses, s => Assert.Contains(s, new[] { HttpStatusCode.NoContent, HttpStatusCode.NotFound }));
            Assert.Equal(1, deleteStatuses.Count(s => s == HttpStatusCode.NoContent));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/reports/{id}")).StatusCode);
            Assert.Equal(0, await Total(client, $"\"第{round}轮\""));
        }

        // Create-or-replace PUTs against DELETEs: either may be last, but the report is whole or absent, the same in
        // the report view, the list and search, and a re-index finds the same.
        var last = "race-plain";
        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            Task.Run(() => client.PutAsync($"/api/reports/{last}", Json(new { title = "竞争写入", organisation = "竞争区总工会", text = $"无条件替换内容{i}号。" }))),
            Task.Run(() => client.DeleteAsync($"/api/reports/{last}")),
        }));
        async Task<(bool, bool, int)> State() => (
            (await client.GetAsync($"/api/reports/{last}")).StatusCode == HttpStatusCode.OK,
            (await Reports(client)).Any(r => r.GetProperty("id").GetString() == last),
            await Total(client, "无条件替换内容"));
        var before = await State();
        Assert.True(before is (true, true, 1) or (false, false, 0), $"inconsistent: {before}");
        await Reindex(client);
        Assert.Equal(before, await State());
    }

    [Fact]
    public async Task Writes_during_a_reindex_are_applied_or_refused_never_acknowledged_and_lost()
    {
        using var factory = new DurableApiFactory();
        var client = factory.Writer();
        var started = await client.PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            var response = await client.PostAsync("/api/reports", Json(new { title = $"重建期间写入{i}", organisation = "并行区总工会", text = $"重建期间写入的第{i}段，编号桂花{i}号。" }));
            return (i, response.StatusCode, response.StatusCode == HttpStatusCode.Created ? (await Body(response)).GetProperty("id").GetString() : null);
        })));
        await ReindexFinished(client);

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        var acknowledged = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(acknowledged);
        var listed = (await Reports(client)).Select(r => r.GetProperty("id").GetString()).ToHashSet();
        foreach (var (i, _, id) in acknowledged)
        {
            Assert.Contains(id, listed);
            Assert.Equal(1, await Total(client, $"桂花{i}号"));
        }
    }

    [Fact]
    public async Task A_write_held_back_by_a_reindex_is_refused_with_503_and_retry_after_and_nothing_is_kept()
    {
        using var factory = new ImpatientWritesFactory();
        var client = factory.Writer();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var store = factory.Services.GetRequiredService<DocumentStore>();
        var seedId = (await Reports(client))[0].GetProperty("id").GetString()!;
        var body = new { title = "重建期间被拒写入", organisation = "拒绝区总工会", text = "拒绝区总工会开展茉莉花职工关爱行动。" };
        var changesBefore = store.LastSeq;

        HttpResponseMessage refusedPost, refusedDelete;
        // Held as a re-index holds it while it swaps the new index in (the test stands in for a slow swap).
        using (factory.Services.GetRequiredService<WriteGate>().Enter(rebuilding: true))
        {
            refusedPost = await client.PostAsync("/api/reports", Json(body));
            refusedDelete = await client.DeleteAsync($"/api/reports/{seedId}");
        }

        foreach (var refused in new[] { refusedPost, refusedDelete })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            var problem = await Body(refused);
            Assert.Equal("overloaded", problem.GetProperty("code").GetString());
            Assert.Equal(5, problem.GetProperty("retryAfter").GetInt32());
        }
        // Refused means not written: not in the store, not in the index, and the seed report is still there.
        Assert.Equal(changesBefore, store.LastSeq);
        Assert.Equal(0, await Total(client, "茉莉花职工关爱行动"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/reports/{seedId}")).StatusCode);

        // Once the gate is open the same write goes through.
        var retried = await client.PostAsync("/api/reports", Json(body));
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(1, await Total(client, "茉莉花职工关爱行动"));
    }
}
