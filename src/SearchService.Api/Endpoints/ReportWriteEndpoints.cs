using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Adding, replacing and removing reports while people search. A write is acknowledged only after its Lucene commit
/// (which fsyncs), so an acknowledged report survives a crash; the reader is refreshed before the response, so it is
/// searchable at once.
/// </summary>
public static class ReportWriteEndpoints
{
    public static RouteGroupBuilder MapReportWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports")
            .AddEndpointFilter<RouteGroupBuilder, WriteKeyFilter>()
            .AddEndpointFilter<RouteGroupBuilder, BodySizeFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapPost("/", Create)
            .WithName("CreateReport")
            .WithSummary("Add a report")
            .WithDescription("""
                JSON `{ "title", "text", "organisation"?, "region"?, "themes"?, "date"?, "sourceUrl"? }` or multipart/form-data
                with a `file` (.txt/.md/.docx/.pdf, UTF-8 or GB18030) and optional fields title, organisation, region, themes
                (comma-separated), date, sourceUrl. Runs the same ingestion as the indexer: a document with a title is one report;
                a file without one may be a compilation or a news page and yield several reports. The id comes from the upload
                (its content and the given fields), so the same upload names the same report whatever extraction finds.
                Needs X-Api-Key. 201 with the extracted reports and Location of the first.
                """)
            .Accepts<ReportUpload>("application/json", "multipart/form-data")
            .DisableAntiforgery();
        group.MapPut("/{id}", Replace)
            .WithName("ReplaceReport")
            .WithSummary("Replace a report")
            .WithDescription("Same body as POST; the document must yield one report, which replaces report {id} (keeping the id). Needs X-Api-Key.")
            .Accepts<ReportUpload>("application/json", "multipart/form-data")
            .DisableAntiforgery();
        group.MapDelete("/{id}", Delete)
            .WithName("DeleteReport")
            .WithSummary("Remove a report")
            .WithDescription("Removes the report and its passages. Needs X-Api-Key.");
        return group;
    }

    internal static async Task<Results<Created<WriteResponse>, ProblemHttpResult>> Create(
        HttpContext http, IngestionPipeline pipeline, IndexService index, ReportCatalog catalog, ILoggerFactory logs)
    {
        var (result, problem) = await ReportUploadReader.Read(http, pipeline);
        if (problem is not null) return problem;
        var reports = result!.Reports;
        if (reports.Count == 0)
            return Problems.InvalidParameter("text", "No report found", "The document holds no text that could be indexed as a report.");
        var existing = reports.FirstOrDefault(r => catalog.GetReport(r.Id) is not null);
        if (existing is not null)
            return Problems.Conflict(ProblemCodes.Conflict, "Report exists",
                $"Report {existing.Id} ('{existing.Title}') already exists; use PUT /api/reports/{existing.Id} to replace it.");
        index.Upsert(reports);
        logs.CreateLogger("Writes").LogInformation("Added {Count} report(s): {Ids}", reports.Count, string.Join(", ", reports.Select(r => r.Id)));
        return TypedResults.Created($"/api/reports/{reports[0].Id}", WriteResponse.From(result));
    }

    internal static async Task<Results<Ok<WriteResponse>, ProblemHttpResult>> Replace(
        [Description(ParameterText.ReportId)] string id, HttpContext http, IngestionPipeline pipeline, IndexService index, ReportCatalog catalog, ILoggerFactory logs)
    {
        if (catalog.GetReport(id) is null) return Problems.NotFound("report", id);
        var (result, problem) = await ReportUploadReader.Read(http, pipeline, id);
        if (problem is not null) return problem;
        if (result!.Reports.Count != 1)
            return Problems.InvalidParameter("file", "One report expected", $"The document yields {result.Reports.Count} reports; PUT replaces exactly one. POST compilations instead.");
        var replacement = result.Reports[0];
        index.Upsert([replacement]);
        logs.CreateLogger("Writes").LogInformation("Replaced report {Id}", id);
        return TypedResults.Ok(WriteResponse.From([replacement], result));
    }

    internal static Results<NoContent, ProblemHttpResult> Delete([Description(ParameterText.ReportId)] string id, IndexService index, ILoggerFactory logs)
    {
        if (!index.Delete(id)) return Problems.NotFound("report", id);
        logs.CreateLogger("Writes").LogInformation("Deleted report {Id}", id);
        return TypedResults.NoContent();
    }
}
