using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// The one place every problem response passes through (the API's own, validation's, the exception handler's, status
/// pages', the rate limiter's): each leaves with a stable <c>code</c>, a <c>detail</c>, and never an exception's type.
/// </summary>
public static class ProblemDetailsSetup
{
    public const string CodeMember = "code";

    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Complete);

    private static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } invalid)
        {
            var (parameter, messages) = invalid.Errors.First();
            problem.Extensions.TryAdd(CodeMember, ProblemCodes.InvalidParameter);
            problem.Extensions.TryAdd("parameter", parameter);
            problem.Title = messages.Length > 0 && invalid.Errors.Count == 1 ? $"Invalid {parameter}" : "Invalid parameters";
            problem.Detail ??= string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
        }
        problem.Extensions.TryAdd(CodeMember, ProblemCodes.ForStatus(status));
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable
            && int.TryParse(context.HttpContext.Response.Headers.RetryAfter.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var retryAfter))
            problem.Extensions.TryAdd("retryAfter", retryAfter);
        // The developer exception details name types and stack frames; no client needs them.
        problem.Extensions.Remove("exception");
        problem.Detail ??= status == StatusCodes.Status404NotFound && context.HttpContext.GetEndpoint() is null
            ? $"No endpoint answers {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}; the API is described at /openapi/v1.json."
            : problem.Title ?? ReasonPhrases.GetReasonPhrase(status);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
    }
}
