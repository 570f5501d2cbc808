using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Documents;
using SearchService.Ingestion;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Adding, replacing, correcting and removing reports while people search. A write is answered only once it is kept in
/// the document store (flushed to disk) and committed to the index (see <see cref="ReportWriter"/>), so an acknowledged
/// write survives a crash and every re-index, and is searchable at once.
/// </summary>
public static class ReportWriteEndpoints
{
    public static RouteGroupBuilder MapReportWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports")
            .AddEndpointFilter<RouteGroupBuilder, WriteKeyFilter>()
            .AddEndpointFilter<RouteGroupBuilder, BodySizeFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/", Create)
            .WithName("CreateReport")
            .WithSummary("Add a document")
            .WithDescription("""
                JSON `{ "title", "text", "organisation"?, "region"?, "themes"?, "date"?, "sourceUrl"? }` or multipart/form-data
                with a `file` (.txt/.md/.docx/.pdf, UTF-8 or GB18030) and optional fields title, organisation, region, themes
                (comma-separated), date, sourceUrl. Runs the same ingestion as the indexer: a document with a title is one report;
                a file without one may be a compilation or a news page and yield several reports. The id comes from the upload
                (its content and the given fields), so the same upload names the same report whatever extraction finds: 201 with
                the extracted reports, the lines left out (droppedLines) and Location of the first; the same upload again answers
                200 with the same reports. An `Idempotency-Key` header makes any retry safe. Needs X-Api-Key.
                """)
            .Accepts<ReportUpload>("application/json", "multipart/form-data")
            .Produces<WriteResponse>(StatusCodes.Status201Created).Produces<WriteResponse>(StatusCodes.Status200OK)
            .DisableAntiforgery();
        group.MapPut("/{id}", Put)
            .WithName("PutReport")
            .WithSummary("Create or replace a report under your id")
            .WithDescription("""
                Same body as POST; the document must yield one report, which gets the id (letters, digits, '-' and '_', up to 100).
                201 when created, 200 when it replaced the report with that id (a report of the sources folder too). `If-Match: *`
                only replaces (412 when there is none), `If-None-Match: *` only creates (412 when there is one). Needs X-Api-Key.
                """)
            .Accepts<ReportUpload>("application/json", "multipart/form-data")
            .Produces<WriteResponse>(StatusCodes.Status201Created).Produces<WriteResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .DisableAntiforgery();
        group.MapPatch("/{id}", Correct)
            .WithName("CorrectReport")
            .WithSummary("Correct a report's organisation, region or themes")
            .WithDescription("""
                A JSON merge patch `{ "organisation"?, "region"?, "themes"? }` of the report's correction: a field given overrides
                what extraction found (names made canonical, a region resolved to its full path), null removes the correction of
                that field, a field left out stays. Works for any report, from the sources folder or the API; ids never change and
                re-indexing keeps the correction. 200 with the corrected report. Needs X-Api-Key.
                """)
            .Accepts<ReportCorrection>("application/merge-patch+json", "application/json")
            .Produces<WriteResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", Delete)
            .WithName("DeleteReport")
            .WithSummary("Remove a report")
            .WithDescription("Removes the report and its passages, for good: re-indexing and restarts keep it removed (a report of the sources folder too). `If-Match: *` answers 412 instead of 404 when there is none. Needs X-Api-Key.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return group;
    }

    internal static async Task<IResult> Create(HttpContext http, IngestionPipeline pipeline, ReportWriter writer, IdempotentRequests idempotency)
    {
        var (upload, problem) = await ReportUploadReader.Read(http, pipeline);
        if (problem is not null) return problem;
        using var attempt = idempotency.Begin(http, "POST /api/reports " + DocumentIds.Fingerprint(upload!.Content, upload.Metadata));
        if (attempt.Answer is { } earlier) return earlier;

        var outcome = await writer.CreateAsync(upload, http.RequestAborted);
        switch (outcome.Status)
        {
            case WriteStatus.Created:
                var location = $"/api/reports/{outcome.Reports[0].Id}";
                return Remembered(attempt, StatusCodes.Status201Created, WriteResponse.From(outcome.Reports, outcome.Problems, outcome.Dropped), location);
            case WriteStatus.Existing:
                return Remembered(attempt, StatusCodes.Status200OK, WriteResponse.From(outcome.Reports, outcome.Problems, outcome.Dropped));
            default:
                return Refusal(http, outcome, null);
        }
    }

    internal static async Task<IResult> Put([Description(ParameterText.ReportId)] string id, HttpContext http, IngestionPipeline pipeline, ReportWriter writer,
        IdempotentRequests idempotency)
    {
        if (!DocumentStore.IsValidId(id))
            return Problems.InvalidParameter("id", "Invalid id", "An id is 1 to 100 letters, digits, '-' and '_', not starting with '-'.");
        var precondition = Precondition(http);
        var (upload, problem) = await ReportUploadReader.Read(http, pipeline);
        if (problem is not null) return problem;
        using var attempt = idempotency.Begin(http, $"PUT /api/reports/{id} {precondition} {DocumentIds.Fingerprint(upload!.Content, upload.Metadata)}");
        if (attempt.Answer is { } earlier) return earlier;

        var outcome = await writer.PutAsync(id, upload, precondition, http.RequestAborted);
        return outcome.Status switch
        {
            WriteStatus.Created => Remembered(attempt, StatusCodes.Status201Created, WriteResponse.From(outcome.Reports, outcome.Problems, outcome.Dropped), $"/api/reports/{id}"),
            WriteStatus.Replaced => Remembered(attempt, StatusCodes.Status200OK, WriteResponse.From(outcome.Reports, outcome.Problems, outcome.Dropped)),
            _ => Refusal(http, outcome, id),
        };
    }

    internal static async Task<IResult> Correct([Description(ParameterText.ReportId)] string id, HttpContext http, ReportWriter writer, IdempotentRequests idempotency)
    {
        var (patch, problem) = await ReadCorrection(http);
        if (problem is not null) return problem;
        using var attempt = idempotency.Begin(http, $"PATCH /api/reports/{id} {JsonSerializer.Serialize(patch)}");
        if (attempt.Answer is { } earlier) return earlier;

        var outcome = await writer.CorrectAsync(id, patch!, http.RequestAborted);
        return outcome.Status == WriteStatus.Corrected
            ? Remembered(attempt, StatusCodes.Status200OK, WriteResponse.From(outcome.Reports, outcome.Problems, outcome.Dropped))
            : Refusal(http, outcome, id);
    }

    internal static async Task<IResult> Delete([Description(ParameterText.ReportId)] string id, HttpContext http, ReportWriter writer, IdempotentRequests idempotency)
    {
        var precondition = Precondition(http);
        using var attempt = idempotency.Begin(http, $"DELETE /api/reports/{id} {precondition}");
        if (attempt.Answer is { } earlier) return earlier;

        var outcome = await writer.DeleteAsync(id, precondition, http.RequestAborted);
        if (outcome.Status != WriteStatus.Deleted) return Refusal(http, outcome, id);
        attempt.Remember<object>(StatusCodes.Status204NoContent, null);
        return TypedResults.NoContent();
    }

    private static IResult Remembered(IdempotentRequests.Attempt attempt, int status, WriteResponse body, string? location = null)
    {
        attempt.Remember(status, body, location);
        return status == StatusCodes.Status201Created ? TypedResults.Created(location, body) : TypedResults.Ok(body);
    }

    private static IResult Refusal(HttpContext http, WriteOutcome outcome, string? id)
    {
        switch (outcome.Status)
        {
            case WriteStatus.NotFound:
                return Problems.NotFound("report", id ?? "");
            case WriteStatus.PreconditionFailed:
                return Problems.Create(StatusCodes.Status412PreconditionFailed, ProblemCodes.PreconditionFailed, "Precondition failed",
                    http.Request.Headers.IfMatch.Count > 0
                        ? $"If-Match: * asks for report '{id}' to exist, and it does not."
                        : $"If-None-Match: * asks for report '{id}' not to exist, and it does.");
            case WriteStatus.NoReports:
                return Problems.InvalidParameter("text", "No report found", "The document holds no text that could be indexed as a report.");
            case WriteStatus.NotOneReport:
                return Problems.InvalidParameter("file", "One report expected",
                    $"The document yields {outcome.Reports.Count} reports; PUT keeps exactly one under its id. POST compilations instead.");
            case WriteStatus.Busy:
                var seconds = (int)Math.Ceiling((outcome.RetryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Problems.Create(StatusCodes.Status503ServiceUnavailable, ProblemCodes.Overloaded, "Writes busy",
                    $"Writes are waiting for a re-index or other writes to finish; nothing was written. Retry after {seconds} s.",
                    new Dictionary<string, object?> { ["retryAfter"] = seconds });
            default:
                throw new InvalidOperationException($"unexpected write outcome {outcome.Status}");
        }
    }

    private static WritePrecondition Precondition(HttpContext http) => new(
        http.Request.Headers.IfMatch.Any(v => v?.Trim() == "*"),
        http.Request.Headers.IfNoneMatch.Any(v => v?.Trim() == "*"));

    private static async Task<(CorrectionPatch? Patch, ProblemHttpResult? Problem)> ReadCorrection(HttpContext http)
    {
        if (http.Request.ContentType is null || !http.Request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, "Unsupported media type",
                "Send the correction as application/merge-patch+json (or application/json)."));
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, new JsonDocumentOptions { MaxDepth = 4 }, http.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return (null, Problems.InvalidParameter("body", "Malformed JSON", $"The body is not valid JSON: {ex.Message}"));
        }
        return ReportCorrection.Parse(body);
    }
}
