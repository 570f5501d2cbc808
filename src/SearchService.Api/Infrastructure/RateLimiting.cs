using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SearchService.Core;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Per-client request rate (fixed window by remote address; 429 <c>rate_limited</c>) and the search admission queue
/// (<see cref="SearchAdmission"/>; 503 <c>overloaded</c>). Health endpoints are outside both: they must answer while
/// the service is flooded, which is when they are asked.
/// </summary>
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
            options.AddPolicy<string, SearchAdmissionPolicy>(SearchPolicy);
            options.OnRejected = (context, _) => Reject(context.HttpContext, StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, "Too many requests",
                "Slow down: retry after {0} s.", context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1));
        }).AddSingleton<SearchAdmission>();
    }

    /// <summary>Writes a refusal as problem+json with its code, a Retry-After header and the same seconds as <c>retryAfter</c>.</summary>
    internal static async ValueTask Reject(HttpContext http, int status, string code, string title, string detailFormat, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = status;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = status,
                Title = title,
                Detail = string.Format(CultureInfo.InvariantCulture, detailFormat, seconds),
                Extensions = { [ProblemDetailsSetup.CodeMember] = code, ["retryAfter"] = seconds },
            },
        });
    }
}
