using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using SearchService.Core;

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
                Query language: words (all must match; a question falls back to passages with most of its words, see `matchMode`),
                `"phrase"`, `-exclude`, `OR`, parentheses, and inline filters `organisation:…`, `region:…`, `theme:…`.
                Facet parameters may repeat (`theme=A&theme=B`): values of one facet are ORed, facets ANDed, and each facet's
                counts ignore its own selection (drill-sideways). Each facet returns its `facetSize` (default 20, at most 1000)
                most frequent values, selected values always; regions return two levels, and the children of a selected region.
                Example: `/api/search?q=劳模工匠创新工作室&region=浙江省`.
                """);
        group.MapGet("/export", Export)
            .WithName("ExportSearch")
            .WithSummary("Export search hits as CSV or JSON")
            .WithDescription("The hits of a search (same parameters as /api/search, all pages up to 1000 hits) as a download: `format=csv` (UTF-8 with BOM so spreadsheet software shows Chinese) or `format=json`.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return group;
    }

    internal static Results<Ok<SearchResponse>, ProblemHttpResult> Search(
        SearchEngine engine,
        IOptions<LimitsOptions> limits,
        SearchMetrics metrics,
        ILogger<SearchEngine> logger,
        [FromQuery(Name = "q")] string? q = null,
        [FromQuery(Name = "organisation")] string[]? organisation = null,
        [FromQuery(Name = "region")] string[]? region = null,
        [FromQuery(Name = "theme")] string[]? theme = null,
        [FromQuery(Name = "page")] string? page = null,
        [FromQuery(Name = "size")] string? size = null,
        [FromQuery(Name = "groupBy")] string? groupBy = null,
        [FromQuery(Name = "sort")] string? sort = null,
        [FromQuery(Name = "op")] string? op = null,
        [FromQuery(Name = "explain")] string? explain = null,
        [FromQuery(Name = "facetSize")] string? facetSize = null)
    {
        var (request, problem) = Parse(limits.Value, q, organisation, region, theme, page, size, groupBy, sort, op, explain, facetSize);
        if (problem is not null) return problem;
        try
        {
            var response = engine.Search(request!);
            metrics.Searched(response.TookMs, response.MatchMode);
            logger.LogInformation("Search {Query} → {Total} hits ({MatchMode}) in {TookMs} ms", q, response.Total, response.MatchMode, response.TookMs);
            return TypedResults.Ok(response);
        }
        catch (QuerySyntaxException ex)
        {
            return Malformed(ex, q);
        }
    }

    /// <summary>The hits of a search (all pages, up to Limits:MaxExportHits) as CSV (UTF-8 with BOM, for spreadsheets) or JSON.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> Export(
        SearchEngine engine,
        IOptions<LimitsOptions> limits,
        [FromQuery(Name = "format")] string? format = null,
        [FromQuery(Name = "q")] string? q = null,
        [FromQuery(Name = "organisation")] string[]? organisation = null,
        [FromQuery(Name = "region")] string[]? region = null,
        [FromQuery(Name = "theme")] string[]? theme = null,
        [FromQuery(Name = "sort")] string? sort = null,
        [FromQuery(Name = "op")] string? op = null)
    {
        format = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
        if (format is not ("csv" or "json")) return Problems.BadRequest("Unknown format", $"format='{format}' is not supported; use csv or json.");
        var (request, problem) = Parse(limits.Value, q, organisation, region, theme, null, limits.Value.MaxPageSize.ToString(CultureInfo.InvariantCulture), null, sort, op, null, null);
        if (problem is not null) return problem;
        var hits = new List<SearchHit>();
        try
        {
            for (var page = 1; hits.Count < limits.Value.MaxExportHits && (long)page * request!.Size <= limits.Value.MaxDepth; page++)
            {
                var response = engine.Search(request! with { Page = page });
                hits.AddRange(response.Hits);
                if (response.Hits.Count < response.Size || hits.Count >= response.Total) break;
            }
        }
        catch (QuerySyntaxException ex)
        {
            return Malformed(ex, q);
        }
        var rows = hits.Take(limits.Value.MaxExportHits).ToList();
        return format == "json"
            ? TypedResults.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(rows, ExportJson), "application/json", "search.json")
            : TypedResults.File(CsvExport.Write(rows), "text/csv; charset=utf-8", "search.csv");
    }

    private static readonly System.Text.Json.JsonSerializerOptions ExportJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static ProblemHttpResult Malformed(QuerySyntaxException ex, string? q) =>
        Problems.BadRequest("Malformed query", $"{ex.Reason} at character {ex.Position + 1} of the query.",
            new Dictionary<string, object?> { ["position"] = ex.Position, ["query"] = q });

    private static (SearchRequest? Request, ProblemHttpResult? Problem) Parse(
        LimitsOptions limit, string? q, string[]? organisation, string[]? region, string[]? theme,
        string? page, string? size, string? groupBy, string? sort, string? op, string? explain, string? facetSize)
    {
        if (q is { Length: var length } && length > limit.MaxQueryLength)
            return (null, Problems.BadRequest("Query too long", $"The query has {length} characters; the limit is {limit.MaxQueryLength}. Shorten it or use filters."));
        if (!TryInt(page, 1, "page", 1, int.MaxValue, out var pageNumber, out var problem)) return (null, problem);
        if (!TryInt(size, limit.DefaultPageSize, "size", 1, limit.MaxPageSize, out var pageSize, out problem)) return (null, problem);
        if ((long)pageNumber * pageSize > limit.MaxDepth)
            return (null, Problems.BadRequest("Page too deep", $"page × size may not exceed {limit.MaxDepth} results (asked for {(long)pageNumber * pageSize}). Narrow the search with words or facets instead of paging further."));
        var grouped = groupBy?.Trim().ToLowerInvariant() switch
        {
            null or "" => (bool?)false,
            "report" => true,
            _ => null,
        };
        if (grouped is null) return (null, Problems.BadRequest("Unknown groupBy", $"groupBy='{groupBy}' is not supported; use groupBy=report or leave it out."));
        SearchSort? sortBy = sort?.Trim().ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "report" => SearchSort.Report,
            "organisation" or "organization" => SearchSort.Organisation,
            _ => null,
        };
        if (sortBy is null) return (null, Problems.BadRequest("Unknown sort", $"sort='{sort}' is not supported; use relevance, report or organisation."));
        MatchOperator? matchOperator = op?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => MatchOperator.Auto,
            "and" => MatchOperator.And,
            "or" => MatchOperator.Or,
            _ => null,
        };
        if (matchOperator is null) return (null, Problems.BadRequest("Unknown op", $"op='{op}' is not supported; use and, or, or leave it out (all words, falling back to most words)."));
        if (!TryInt(facetSize, SearchRequest.DefaultFacetSize, "facetSize", 1, limit.MaxFacetSize, out var facetValues, out problem)) return (null, problem);
        var explainHits = false;
        if (!string.IsNullOrEmpty(explain) && !bool.TryParse(explain, out explainHits))
            return (null, Problems.BadRequest("Invalid explain", $"explain='{explain}' must be true or false."));

        var filters = new FacetSelection(new Dictionary<string, IReadOnlyList<string>>
        {
            [IndexSchema.Organisation] = Clean(organisation),
            [IndexSchema.Region] = Clean(region),
            [IndexSchema.Theme] = Clean(theme),
        });
        return (new SearchRequest(q, filters, pageNumber, pageSize, matchOperator.Value, grouped.Value, sortBy.Value, explainHits, facetValues), null);
    }

    private static IReadOnlyList<string> Clean(string[]? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList() ?? [];

    internal static bool TryInt(string? raw, int fallback, string name, int min, int max, out int value, out ProblemHttpResult? problem)
    {
        problem = null;
        value = fallback;
        if (string.IsNullOrWhiteSpace(raw)) return true;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            problem = Problems.BadRequest($"Invalid {name}", $"{name}='{raw}' must be a whole number from {min} to {max}.");
            return false;
        }
        return true;
    }
}
