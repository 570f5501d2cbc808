using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Core.Indexing;

namespace SearchService.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Outside the rate limiter: a flooded service is exactly when its health is asked.
        app.MapGet("/health", () => TypedResults.Ok(new HealthStatus("alive", null)))
            .DisableRateLimiting()
            .WithTags("Health").WithName("Live").WithSummary("Liveness")
            .WithDescription("200 while the process serves requests.");
        app.MapGet("/health/ready", Ready)
            .DisableRateLimiting()
            .WithTags("Health").WithName("Ready").WithSummary("Readiness")
            .WithDescription("200 when the index is open, with its report and passage counts as of the last commit; 503 otherwise. Answered without searching, so it stays fast while searches are saturated.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static Results<Ok<HealthStatus>, ProblemHttpResult> Ready(IndexService index)
    {
        try
        {
            var stats = index.Snapshot;
            return TypedResults.Ok(new HealthStatus("ready", stats));
        }
        catch (Exception ex)
        {
            return TypedResults.Problem($"The index cannot be searched: {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready",
                extensions: new Dictionary<string, object?> { ["code"] = "not_ready" });
        }
    }
}

public sealed record HealthStatus(string Status, IndexStats? Index);
