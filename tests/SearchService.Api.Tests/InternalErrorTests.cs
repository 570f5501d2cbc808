using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SearchService.Api.Tests;

/// <summary>The API with one extra route that fails the way a bug would: an exception carrying library internals.</summary>
public sealed class FailingRouteFactory : ApiFactoryBase
{
    public const string Path = "/test-only/fail";

    /// <summary>What a library's exception may say: its type names and internals, never for a client.</summary>
    public const string Internals = "Lucene.Net.Index.CorruptIndexException: checksum failed (hardware problem?) in _3.cfs";

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingRoute>());

    /// <summary>Added after the application's own pipeline, so the exception passes its exception handler as a handler's would.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) =>
                context.Request.Path == Path ? throw new InvalidOperationException(Internals, new IOException("disk")) : rest(context));
        };
    }
}

/// <summary>An unexpected failure is a 500 problem with code internal whose text says nothing of the exception.</summary>
public class InternalErrorTests(FailingRouteFactory factory) : IClassFixture<FailingRouteFactory>
{
    [Fact]
    public async Task An_unexpected_exception_is_a_500_problem_without_its_type_or_message()
    {
        var response = await factory.CreateClient().GetAsync(FailingRouteFactory.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("internal", problem.GetProperty("code").GetString());
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        foreach (var leak in new[] { "Exception", "Lucene", "checksum", "InvalidOperation", "IOException", "   at " })
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("X-Content-Type-Options"), "an error answer carries the hardening headers too");
    }
}
