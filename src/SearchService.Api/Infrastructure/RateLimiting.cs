using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SearchService.Core;

namespace SearchService.Api.Infrastructure;

/// <summary>Per-client request rate (fixed window by remote address) and a cap on searches running at once.</summary>
public static class RateLimiting
{
    public const string SearchPolicy = "search";

    public static IServiceCollection AddSearchRateLimits(this IServiceCollection services, LimitsOptions limits)
    {
        return services.AddRateLimiter(options =>
        {
            if (limits.RequestsPerWindow > 0)
            {
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = limits.RequestsPerWindow,
                            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                            QueueLimit = 0,
                        }));
            }
            options.AddConcurrencyLimiter(SearchPolicy, o =>
            {
                o.PermitLimit = Math.Max(1, limits.ConcurrentSearches);
                o.QueueLimit = Math.Max(0, limits.SearchQueue);
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"Slow down: retry after {http.Response.Headers.RetryAfter} s.",
                    },
                });
            };
        });
    }
}
