using Microsoft.AspNetCore.Http.HttpResults;

namespace SearchService.Api.Infrastructure;

/// <summary>RFC 7807 answers with a message a person can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: extensions);

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"No {what} has the id '{id}'. Ids come from search hits or /api/reports.",
            statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");
}
