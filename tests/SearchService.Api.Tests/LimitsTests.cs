using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

public sealed class TightLimitsFactory : ApiFactoryBase
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", "k");
        builder.UseSetting("Limits:MaxBodyBytes", "2048");
        builder.UseSetting("Limits:RequestsPerWindow", "30");
        builder.UseSetting("Limits:WindowSeconds", "60");
    }
}

public class LimitsTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Too_large_body_is_413_and_too_many_requests_429_with_retry_after()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "k");
        var big = new StringContent("{\"title\":\"大\",\"text\":\"" + new string('字', 4000) + "\"}", Encoding.UTF8, "application/json");
        var tooLarge = await client.PostAsync("/api/reports", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Equal("payload_too_large", JsonDocument.Parse(await tooLarge.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 40 && limited is null; i++)
        {
            var response = await client.GetAsync("/api/analyze?text=工会");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Equal(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, problem.GetProperty("retryAfter").GetInt32());

        // The same client, limited everywhere else, still gets its health answered.
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }
    }
}
