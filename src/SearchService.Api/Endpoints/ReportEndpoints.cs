using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Infrastructure;
using SearchService.Core.Search;
using SearchService.Ingestion;

namespace SearchService.Api.Endpoints;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", (ReportCatalog catalog) => TypedResults.Ok(catalog.List()))
            .WithName("ListReports")
            .WithSummary("List reports")
            .WithDescription("Every indexed report with its organisation, region, themes, source file and passage count.");
        group.MapGet("/{id}", GetReport)
            .WithName("GetReport")
            .WithSummary("One report")
            .WithDescription("A report's metadata, its sections and passages in order, and for each passage every place its text (or a near-duplicate) occurred in the sources.");
        return group;
    }

    internal static Results<Ok<Report>, ProblemHttpResult> GetReport(string id, ReportCatalog catalog) =>
        catalog.GetReport(id) is { } report ? TypedResults.Ok(report) : Problems.NotFound("report", id);
}
