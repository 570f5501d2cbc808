using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Permalinks: <c>/passages/{id}</c> and <c>/reports/{id}</c> are the search page, which opens the passage (or report)
/// in its reader. Citations end with them; the JSON beside them is <c>/api/passages/{id}</c> and <c>/api/reports/{id}</c>.
/// An id the index does not hold gets the page too, with 404, so the person sees why in the page's words.
/// </summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/passages/{id}", (string id, ReportCatalog catalog) => Page(catalog.GetPassage(id) is not null)).ExcludeFromDescription();
        app.MapGet("/reports/{id}", (string id, ReportCatalog catalog) => Page(catalog.GetReport(id) is not null)).ExcludeFromDescription();
        return app;
    }

    private static Results<PhysicalFileHttpResult, ContentHttpResult> Page(bool found)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ui", "index.html");
        return found
            ? TypedResults.PhysicalFile(path, "text/html; charset=utf-8")
            : TypedResults.Content(File.ReadAllText(path), "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status404NotFound);
    }
}
