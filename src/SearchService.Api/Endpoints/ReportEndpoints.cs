using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List)
            .WithName("ListReports")
            .WithSummary("List reports")
            .WithDescription("Indexed reports with their organisation, region, themes, source file and passage count, ordered by source, title and id; `page` (from 1) and `size` (default 100, at most Limits:MaxReportPageSize). The total is in the `X-Total-Count` header.");
        group.MapGet("/{id}", GetReport)
            .WithName("GetReport")
            .WithSummary("One report")
            .WithDescription("A report's metadata (with the compilation it belongs to), its sections and passages in order, for each passage every place its text (or a near-duplicate) occurred in the sources, and citations of the report and of each passage (GB/T 7714, ending with their permalinks).");
        return group;
    }

    internal static Ok<IReadOnlyList<ReportSummaryResponse>> List([AsParameters] ReportListParameters parameters, ReportCatalog catalog, HttpResponse response)
    {
        var (page, total) = catalog.List(parameters.Page ?? 1, parameters.Size ?? 100);
        response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok((IReadOnlyList<ReportSummaryResponse>)page.Select(ReportSummaryResponse.From).ToList());
    }

    internal static Results<Ok<ReportResponse>, ProblemHttpResult> GetReport([Description(ParameterText.ReportId)] string id, ReportCatalog catalog, HttpRequest http) =>
        catalog.GetReport(id) is { } report ? TypedResults.Ok(ReportResponse.From(report, Permalinks.For(http))) : Problems.NotFound("report", id);
}
