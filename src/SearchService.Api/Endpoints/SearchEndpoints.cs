using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Endpoints;

public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>().RequireRateLimiting(RateLimiting.SearchPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Search passages")
            .WithDescription("""
                Full-text search over passages with facet counts and highlighted snippets.
                `total` counts the complete matches: passages that hold every query word themselves (text or heading; a synonym
                counts as the word; a word naming an organisation, place or theme — 嘉兴, 中铁四局 — also through the passage's own
                metadata). Passages that hold the words only with their report's title follow (`titleMatches`), then, when those
                do not fill the page, passages with most of the words (`related`); each hit says how (`match`) and where
                (`matchedIn`). Function and question words (的, 如何, 哪些…) do not count unless quoted.
                Query language: words, `"phrase"`, `-exclude`, `OR`, parentheses, and inline filters `organisation:…`,
                `region:…`, `theme:…` (top-level ones join the facet selection; `-organisation:…` excludes).
                Facet parameters may repeat (`theme=A&theme=B`): values of one facet are ORed, facets ANDed, and each facet's
                counts ignore its own selection (drill-sideways). Each facet returns its `facetSize` (default 20)
                most frequent values, selected values always; regions return two levels, and the children of a selected region;
                `year` counts the reports' years (未注明: no date). With no complete match, `didYouMean` may offer a nearby query.
                Long queries: `POST /api/search` takes the same request as JSON.
                Example: `/api/search?q=劳模工匠创新工作室&region=浙江省`.
                """);
        group.MapPost("/", SearchPost)
            .WithName("SearchPost")
            .WithSummary("Search passages (JSON body)")
            .WithDescription("The same search as `GET /api/search`, its request as a JSON body with the same names (`organisation`, `region`, `theme` as arrays), for queries too long for a URL.")
            .Accepts<SearchBody>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/export", Export)
            .WithName("ExportSearch")
            .WithSummary("Export search hits as CSV or JSON")
            .WithDescription("The hits of a search (same parameters as /api/search, all pages up to Limits:MaxExportHits) as a download: `format=csv` (UTF-8 with BOM so spreadsheet software shows Chinese; columns id, organisation, region, reportId, reportTitle, section, themes, date, sourcePath, lines, citation, score, match, text) or `format=json` (the hits as /api/search returns them, with `citation` and `citationParts`).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return group;
    }

    internal static Results<JsonBody<SearchResponse>, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters, SearchEngine engine, IOptions<LimitsOptions> limits, SearchMetrics metrics, ILogger<SearchEngine> logger,
        SearchResponseWriter writer, HttpRequest http) =>
        Answer(parameters.ToRequest(limits.Value), engine, limits.Value, metrics, logger, writer, http);

    internal static Results<JsonBody<SearchResponse>, ProblemHttpResult> SearchPost(
        SearchBody body, SearchEngine engine, IOptions<LimitsOptions> limits, SearchMetrics metrics, ILogger<SearchEngine> logger, SearchResponseWriter writer,
        HttpRequest http) =>
        Answer(body.ToRequest(limits.Value), engine, limits.Value, metrics, logger, writer, http);

    private static Results<JsonBody<SearchResponse>, ProblemHttpResult> Answer(SearchRequest request, SearchEngine engine, LimitsOptions limits, SearchMetrics metrics,
        ILogger logger, SearchResponseWriter writer, HttpRequest http)
    {
        if (Refuse(request, limits) is { } problem) return problem;
        try
        {
            var result = engine.Search(request);
            metrics.Searched(result.TookMs, result, result.Cached);
            SearchLog.Searched(logger, request.Query, result.Total, result.TitleMatches, result.TookMs, result.Cached);
            return new JsonBody<SearchResponse>(SearchResponse.From(result, Permalinks.For(http)), ApiJsonContext.Default.SearchResponse, writer.Write);
        }
        catch (QuerySyntaxException ex)
        {
            return Problems.QuerySyntax(ex, request.Query);
        }
    }

    /// <summary>The hits of a search (all pages, up to Limits:MaxExportHits) as CSV (UTF-8 with BOM, for spreadsheets) or JSON.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> Export([AsParameters] ExportParameters parameters, SearchEngine engine, IOptions<LimitsOptions> limits,
        HttpRequest http)
    {
        var limit = limits.Value;
        var first = parameters.ToRequest(1, limit.MaxPageSize);
        if (Refuse(first, limit) is { } problem) return problem;
        var hits = new List<SearchHit>();
        try
        {
            for (var page = 1; hits.Count < limit.MaxExportHits && (long)page * limit.MaxPageSize <= limit.MaxDepth; page++)
            {
                var result = engine.Search(first with { Page = page });
                hits.AddRange(result.Hits);
                if (result.Hits.Count < result.Size) break;
            }
        }
        catch (QuerySyntaxException ex)
        {
            return Problems.QuerySyntax(ex, first.Query);
        }
        var rows = SearchHitResponse.From(hits.Take(limit.MaxExportHits).ToList(), Permalinks.For(http));
        return parameters.Format?.Value == ExportFormat.Json
            ? TypedResults.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(rows, ExportJson), "application/json", "search.json")
            : TypedResults.File(CsvExport.Write(rows), "text/csv; charset=utf-8", "search.csv");
    }

    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The limits that have their own problem codes: a query too long, a page too deep.</summary>
    private static ProblemHttpResult? Refuse(SearchRequest request, LimitsOptions limits)
    {
        if (request.Query is { Length: var length } && length > limits.MaxQueryLength) return Problems.QueryTooLong(length, limits.MaxQueryLength);
        var depth = (long)request.Page * request.Size;
        return depth > limits.MaxDepth ? Problems.PageTooDeep(depth, limits.MaxDepth) : null;
    }
}
