using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;

namespace SearchService.Api.Endpoints;

public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin")
            .AddEndpointFilter<RouteGroupBuilder, WriteKeyFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/reindex", Start)
            .WithName("Reindex")
            .WithSummary("Rebuild the index from the sources folder")
            .WithDescription("Starts a background rebuild from Sources:Path; searches keep working on the current index and switch atomically when it is done. 202 with the status; 409 if one is running. Needs X-Api-Key.");
        group.MapGet("/reindex", (Reindexer reindexer) => TypedResults.Ok(reindexer.Status))
            .WithName("ReindexStatus")
            .WithSummary("State of the last re-index")
            .WithDescription("idle, running, succeeded (with the summary) or failed (with the error). Needs X-Api-Key.");
        return group;
    }

    internal static Results<Accepted<ReindexStatusResponse>, ProblemHttpResult> Start(Reindexer reindexer) =>
        reindexer.TryStart()
            ? TypedResults.Accepted("/api/admin/reindex", reindexer.Status)
            : Problems.Conflict(ProblemCodes.ReindexRunning, "Re-index running", "A re-index is already running; poll GET /api/admin/reindex.");
}
