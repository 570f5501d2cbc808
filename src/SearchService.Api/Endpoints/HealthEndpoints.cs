using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Indexing;

namespace SearchService.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Outside the rate limiter: a flooded service is exactly when its health is asked.
        app.MapGet("/health", () => TypedResults.Ok(new HealthResponse("alive", null)))
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

    internal static Results<Ok<HealthResponse>, ProblemHttpResult> Ready(IndexService index)
    {
        try
        {
            return TypedResults.Ok(new HealthResponse("ready", IndexStatsResponse.From(index.Snapshot)));
        }
        catch (Exception ex)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemCodes.NotReady, "Not ready", $"The index cannot be searched: {ex.Message}");
        }
    }
}
