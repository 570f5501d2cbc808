using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Infrastructure;

/// <summary>Turns the exceptions a request can cause into problem+json with the right status and code; the rest become a logged 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
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
        return exception switch
        {
            QuerySyntaxException q => Problem(StatusCodes.Status400BadRequest, ProblemCodes.QuerySyntax, "Malformed query", q.Message),
            SearchTimeoutException t => Problem(StatusCodes.Status503ServiceUnavailable, ProblemCodes.SearchTimeout, "Query too slow", t.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge,
                "Body too large", "The request body is over the limit (Limits:MaxBodyBytes). Split the document or raise the limit."),
            BadHttpRequestException b => Problem(b.StatusCode, ProblemCodes.ForStatus(b.StatusCode), "Bad request", b.Message),
            InvalidDataException d when d.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) =>
                Problem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "Body too large", d.Message),
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
}
