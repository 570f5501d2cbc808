using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Api.Infrastructure;

/// <summary>Turns the exceptions a request can cause into problem+json with the right status and code; the rest become a logged 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>nginx's code for a request the client abandoned; never seen by the client, only in logs and metrics.</summary>
    private const int StatusCodeClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (its upload is no longer being read): nobody is there to answer.
            context.Response.StatusCode = StatusCodeClientClosedRequest;
            return true;
        }
        var problem = Describe(context, exception);
        if (problem.Status >= 500 && exception is not SearchTimeoutException) logger.LogError(exception, "Unhandled error for {Path}", context.Request.Path);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }

    private static ProblemDetails Describe(HttpContext context, Exception exception)
    {
        // Binding failures (size=abc, sort=x) are thrown (RouteHandlerOptions.ThrowOnBadRequest) so they can be named here.
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } && BindingFailures.Describe(context) is var (parameter, reason))
        {
            var invalid = Problem(StatusCodes.Status400BadRequest, ProblemCodes.InvalidParameter, $"Invalid {parameter}", reason);
            invalid.Extensions["parameter"] = parameter;
            return invalid;
        }
        var form = context.Request.HasFormContentType;
        return exception switch
        {
            QuerySyntaxException q => Problem(StatusCodes.Status400BadRequest, ProblemCodes.QuerySyntax, "Malformed query", q.Message),
            SearchTimeoutException t => Problem(StatusCodes.Status503ServiceUnavailable, ProblemCodes.SearchTimeout, "Query too slow", t.Message),
            DocumentTooLargeException d => WithLimit(Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "Document too large", d.Message), d.Limit),
            DocumentUnreadableException u => Problem(StatusCodes.Status422UnprocessableEntity, ProblemCodes.UnprocessableDocument, "Unreadable document", u.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge,
                "Body too large", "The request body is over the limit (Limits:MaxBodyBytes). Split the document or raise the limit."),
            BadHttpRequestException b => Problem(b.StatusCode, ProblemCodes.ForStatus(b.StatusCode), "Bad request", b.Message),
            // Multipart and form parsing: a limit of FormOptions (parts, header count, lengths) or a malformed body.
            InvalidDataException d when form && d.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
                Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "Form too large", d.Message),
            InvalidDataException d when form => Problem(StatusCodes.Status400BadRequest, ProblemCodes.InvalidParameter, "Malformed form",
                $"The multipart/form-data body cannot be read: {d.Message}"),
            IOException e when form && e.Message.StartsWith("Unexpected end of", StringComparison.Ordinal) => Problem(StatusCodes.Status400BadRequest,
                ProblemCodes.InvalidParameter, "Malformed form", "The multipart/form-data body ends before its closing boundary."),
            _ => Problem(StatusCodes.Status500InternalServerError, ProblemCodes.Internal, "Unexpected error",
                "The server failed to answer; the error was logged. Retry, and report it if it persists."),
        };
    }

    private static ProblemDetails Problem(int status, string code, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { [ProblemDetailsSetup.CodeMember] = code },
    };

    private static ProblemDetails WithLimit(ProblemDetails problem, long limit)
    {
        problem.Extensions["limit"] = limit;
        return problem;
    }
}
