using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SearchService.Core.Documents;

namespace SearchService.Api.Tests;

/// <summary>An instance that only serves an index (Index:ReadOnly) another process writes.</summary>
public sealed class ReadOnlyApiFactory(string indexPath) : ApiFactoryBase(indexPath)
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Index:ReadOnly", "true");
        builder.UseSetting("Limits:RequestsPerWindow", "0");
    }
}

public class ReadOnlyServingTests
{
    private static async Task<int> Total(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_read_only_instance_serves_the_last_commit_when_the_document_store_is_ahead_and_the_writer_replays_it_later()
    {
        var path = ApiFactoryBase.NewIndexPath();
        try
        {
            string id;
            using (var writer = new DurableApiFactory(path))
            {
                var client = writer.Writer();
                var created = await client.PostAsync("/api/reports", new StringContent(
                    JsonSerializer.Serialize(new { title = "只读实例测试", organisation = "测试区总工会", text = "测试区总工会建起紫藤花职工驿站。" }), Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            }
            // The store is ahead of the index: a deletion kept, as a crash before indexing it would leave it.
            new DocumentStore(Path.Combine(path, "documents")).DeleteDocument(id);

            using (var reader = new ReadOnlyApiFactory(path))
            {
                var client = reader.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
                Assert.Equal(1, await Total(client, "紫藤花职工驿站"));
            }
            using (var writer = new DurableApiFactory(path))
            {
                var client = writer.Writer();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
                Assert.Equal(0, await Total(client, "紫藤花职工驿站"));
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/reports/{id}")).StatusCode);
            }
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }
}
