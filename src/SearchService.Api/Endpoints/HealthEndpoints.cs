using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Indexing;

namespace SearchService.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthResponse("alive", null)))
            .WithTags("Health").WithName("Live").WithSummary("Liveness")
            .WithDescription("200 while the process serves requests.");
        app.MapGet("/health/ready", Ready)
            .WithTags("Health").WithName("Ready").WithSummary("Readiness")
            .WithDescription("200 when the index is open and answers a query, with its report and passage counts; 503 otherwise.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static Results<Ok<HealthResponse>, ProblemHttpResult> Ready(IndexService index)
    {
        try
        {
            var stats = index.Stats();
            return TypedResults.Ok(new HealthResponse("ready", IndexStatsResponse.From(stats)));
        }
        catch (Exception ex)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemCodes.NotReady, "Not ready", $"The index cannot be searched: {ex.Message}");
        }
    }
}
