using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core;
using SearchService.Core.Search;
using SearchService.Ingestion;

namespace SearchService.Api.Endpoints;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List)
            .WithName("ListReports")
            .WithSummary("List reports")
            .WithDescription("Indexed reports with their organisation, region, themes, source file and passage count, ordered by source and title; `page` (from 1) and `size` (default 100, at most 1000). The total is in the `X-Total-Count` header.");
        group.MapGet("/{id}", GetReport)
            .WithName("GetReport")
            .WithSummary("One report")
            .WithDescription("A report's metadata, its sections and passages in order, and for each passage every place its text (or a near-duplicate) occurred in the sources.");
        return group;
    }

    internal static Results<Ok<IReadOnlyList<ReportSummary>>, ProblemHttpResult> List(
        ReportCatalog catalog, HttpResponse response, IOptions<LimitsOptions> limits, [FromQuery(Name = "page")] string? page = null, [FromQuery(Name = "size")] string? size = null)
    {
        if (!SearchEndpoints.TryInt(page, 1, "page", 1, 1_000_000, out var pageNumber, out var problem)) return problem!;
        if (!SearchEndpoints.TryInt(size, 100, "size", 1, limits.Value.MaxReportPageSize, out var pageSize, out problem)) return problem!;
        var all = catalog.List();
        response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok((IReadOnlyList<ReportSummary>)all.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList());
    }

    internal static Results<Ok<Report>, ProblemHttpResult> GetReport(string id, ReportCatalog catalog) =>
        catalog.GetReport(id) is { } report ? TypedResults.Ok(report) : Problems.NotFound("report", id);
}
