using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// The API's own problem responses: RFC 7807 with a <c>detail</c> a person can act on and the stable <c>code</c>
/// (<see cref="ProblemCodes"/>). Problems the framework writes get their code in <see cref="ProblemDetailsSetup"/>.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Create(int status, string code, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var members = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { [ProblemDetailsSetup.CodeMember] = code };
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: members);
    }

    /// <summary>A parameter that is malformed or out of range.</summary>
    public static ProblemHttpResult InvalidParameter(string parameter, string title, string detail) =>
        Create(StatusCodes.Status400BadRequest, ProblemCodes.InvalidParameter, title, detail, new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound(string what, string id) =>
        Create(StatusCodes.Status404NotFound, ProblemCodes.NotFound, $"Unknown {what}", $"No {what} has the id '{id}'. Ids come from search hits or /api/reports.",
            new Dictionary<string, object?> { ["id"] = id });

    public static ProblemHttpResult QuerySyntax(QuerySyntaxException ex, string? query) =>
        Create(StatusCodes.Status400BadRequest, ProblemCodes.QuerySyntax, "Malformed query", $"{ex.Reason} at character {ex.Position + 1} of the query.",
            new Dictionary<string, object?> { ["position"] = ex.Position, ["query"] = query });

    public static ProblemHttpResult QueryTooLong(int length, int limit) =>
        Create(StatusCodes.Status400BadRequest, ProblemCodes.QueryTooLong, "Query too long",
            $"The query has {length} characters; the limit is {limit}. Shorten it or use filters.", new Dictionary<string, object?> { ["limit"] = limit });

    public static ProblemHttpResult PageTooDeep(long asked, int limit) =>
        Create(StatusCodes.Status400BadRequest, ProblemCodes.PageTooDeep, "Page too deep",
            $"page × size may not exceed {limit} results (asked for {asked}). Narrow the search with words or facets instead of paging further.",
            new Dictionary<string, object?> { ["limit"] = limit });

    public static ProblemHttpResult Conflict(string code, string title, string detail) => Create(StatusCodes.Status409Conflict, code, title, detail);
}
