using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Core.Indexing;

namespace SearchService.Api.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthStatus("alive", null)))
            .WithTags("Health").WithName("Live").WithSummary("Liveness")
            .WithDescription("200 while the process serves requests.");
        app.MapGet("/health/ready", Ready)
            .WithTags("Health").WithName("Ready").WithSummary("Readiness")
            .WithDescription("200 when the index is open and answers a query, with its report and passage counts; 503 otherwise.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static Results<Ok<HealthStatus>, ProblemHttpResult> Ready(IndexService index)
    {
        try
        {
            var stats = index.Stats();
            return TypedResults.Ok(new HealthStatus("ready", stats));
        }
        catch (Exception ex)
        {
            return TypedResults.Problem($"The index cannot be searched: {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready");
        }
    }
}

public sealed record HealthStatus(string Status, IndexStats? Index);
