using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Api.Infrastructure;

/// <summary>Turns the exceptions a request can cause into problem+json with the right status; the rest become a logged 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (its upload is no longer being read): nobody is there to answer.
            context.Response.StatusCode = StatusCodeClientClosedRequest;
            return true;
        }
        var form = context.Request.HasFormContentType;
        var (status, title, detail) = exception switch
        {
            QuerySyntaxException q => (StatusCodes.Status400BadRequest, "Malformed query", q.Message),
            SearchTimeoutException t => (StatusCodes.Status503ServiceUnavailable, "Query too slow", t.Message),
            DocumentTooLargeException d => (StatusCodes.Status413PayloadTooLarge, "Document too large", d.Message),
            DocumentUnreadableException u => (StatusCodes.Status422UnprocessableEntity, "Unreadable document", u.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Body too large", "The request body is over the limit (Limits:MaxBodyBytes). Split the document or raise the limit."),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message),
            // Multipart and form parsing: a limit of FormOptions (parts, header count, lengths) or a malformed body.
            InvalidDataException d when form && d.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => (StatusCodes.Status413PayloadTooLarge, "Form too large", d.Message),
            InvalidDataException d when form => (StatusCodes.Status400BadRequest, "Malformed form", $"The multipart/form-data body cannot be read: {d.Message}"),
            IOException e when form && e.Message.StartsWith("Unexpected end of", StringComparison.Ordinal) => (StatusCodes.Status400BadRequest, "Malformed form", "The multipart/form-data body ends before its closing boundary."),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "The server failed to answer; the error was logged. Retry, and report it if it persists."),
        };
        if (status >= 500 && exception is not SearchTimeoutException) logger.LogError(exception, "Unhandled error for {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (Code(status, exception) is { } code) details.Extensions["code"] = code;
        if (exception is DocumentTooLargeException large) details.Extensions["limit"] = large.Limit;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = details,
        });
    }

    /// <summary>nginx's code for a request the client abandoned; never seen by the client, only in logs and metrics.</summary>
    private const int StatusCodeClientClosedRequest = 499;

    /// <summary>The stable problem code (shared/problem-codes) of the errors mapped here.</summary>
    private static string? Code(int status, Exception exception) => (status, exception) switch
    {
        (_, SearchTimeoutException) => "search_timeout",
        (StatusCodes.Status413PayloadTooLarge, _) => "payload_too_large",
        (StatusCodes.Status422UnprocessableEntity, _) => "unprocessable_document",
        (StatusCodes.Status400BadRequest, QuerySyntaxException) => "query_syntax",
        (StatusCodes.Status400BadRequest, _) => "invalid_parameter",
        (StatusCodes.Status500InternalServerError, _) => "internal",
        _ => null,
    };
}
