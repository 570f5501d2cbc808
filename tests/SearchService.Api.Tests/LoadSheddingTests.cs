using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Api.Infrastructure;

namespace SearchService.Api.Tests;

/// <summary>Two searches at once and two waiting, so the test can fill the queue by holding permits itself.</summary>
public sealed class SmallQueueFactory : ApiFactoryBase
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Limits:ConcurrentSearches", "2");
        builder.UseSetting("Limits:SearchQueue", "2");
    }
}

/// <summary>
/// When searching is saturated, searches beyond the queue are shed with 503 overloaded and Retry-After, and health
/// answers regardless. The running searches are stood in for by permits the test holds (as slow searches would), so
/// nothing here depends on timing; the latencies under real load are measured by tests/hostile/.
/// </summary>
public class LoadSheddingTests(SmallQueueFactory factory) : IClassFixture<SmallQueueFactory>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Beyond_the_queue_searches_are_shed_with_503_overloaded_and_health_still_answers()
    {
        var client = factory.CreateClient();
        var admission = factory.Services.GetRequiredService<SearchAdmission>();
        var running = new[] { await admission.Limiter.AcquireAsync(), await admission.Limiter.AcquireAsync() };
        Assert.All(running, lease => Assert.True(lease.IsAcquired));
        try
        {
            var queued = new[] { client.GetAsync("/api/search?q=劳模"), client.GetAsync("/api/search?q=工匠&explain=true") };
            while (admission.Limiter.GetStatistics()!.CurrentQueuedCount < 2) await Task.Delay(10);
            Assert.All(queued, q => Assert.False(q.IsCompleted));

            var shed = await client.GetAsync("/api/search?q=集体协商&explain=true");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
            Assert.Equal("application/problem+json", shed.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(SearchAdmissionPolicy.RetryAfterSeconds), shed.Headers.RetryAfter?.Delta);
            var problem = JsonDocument.Parse(await shed.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("overloaded", problem.GetProperty("code").GetString());
            Assert.Equal(SearchAdmissionPolicy.RetryAfterSeconds, problem.GetProperty("retryAfter").GetInt32());

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health").WaitAsync(Generous)).StatusCode);
            var ready = await client.GetAsync("/health/ready").WaitAsync(Generous);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.True(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("index").GetProperty("passages").GetInt32() > 0);

            foreach (var lease in running) lease.Dispose();
            foreach (var response in await Task.WhenAll(queued).WaitAsync(Generous)) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            foreach (var lease in running) lease.Dispose();
        }
    }

    [Fact]
    public async Task The_queue_is_not_forgotten_when_the_search_endpoints_have_been_idle()
    {
        // The rate-limiting middleware replaces a partition's limiter after 10 s idle; the shared one must survive that.
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=劳模")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(12));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=工匠")).StatusCode);
    }
}
