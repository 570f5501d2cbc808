using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Infrastructure;

/// <summary>Turns the exceptions a request can cause into problem+json with the right status; the rest become a logged 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            QuerySyntaxException q => (StatusCodes.Status400BadRequest, "Malformed query", q.Message),
            SearchTimeoutException t => (StatusCodes.Status503ServiceUnavailable, "Query too slow", t.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Body too large", "The request body is over the limit (Limits:MaxBodyBytes). Split the document or raise the limit."),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message),
            InvalidDataException d when d.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) => (StatusCodes.Status413PayloadTooLarge, "Body too large", d.Message),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "The server failed to answer; the error was logged. Retry, and report it if it persists."),
        };
        if (status >= 500 && exception is not SearchTimeoutException) logger.LogError(exception, "Unhandled error for {Path}", context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
