using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core.Analysis;
using SearchService.Core.Search;
using SearchService.Core;

namespace SearchService.Api.Endpoints;

/// <summary>Facets, suggestions and analysis: what helps a person find the right words.</summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/facets").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>().ProducesProblem(StatusCodes.Status400BadRequest).WithTags("Facets")
            .MapGet("/", (SearchEngine engine) => TypedResults.Ok(engine.AllFacets()))
            .WithName("Facets")
            .WithSummary("All facet values")
            .WithDescription("Every organisation, region (each level of the province › city › district hierarchy) and theme with its passage count over the whole corpus.");

        app.MapGroup("/api/suggest").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>().ProducesProblem(StatusCodes.Status400BadRequest).WithTags("Suggest")
            .MapGet("/", Suggest)
            .WithName("Suggest")
            .WithSummary("Complete a prefix")
            .WithDescription("Organisations, themes, report titles and frequent words that start with (or contain) the text typed so far. Example: `/api/suggest?q=劳模`.");

        app.MapGroup("/api/analyze").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>().ProducesProblem(StatusCodes.Status400BadRequest).WithTags("Analyze")
            .MapGet("/", Analyze)
            .WithName("Analyze")
            .WithSummary("Show how a text is tokenised")
            .WithDescription("Terms with positions and offsets as the index sees them: `field=text` (SmartCn words, the default) or `field=bigram` (the CJK bigram recall field). The first tool to reach for when a search surprises you.");
        return app;
    }

    internal static Results<Ok<IReadOnlyList<Suggestion>>, ProblemHttpResult> Suggest(
        Suggester suggester, IOptions<LimitsOptions> limits, [FromQuery(Name = "q")] string? q = null, [FromQuery(Name = "size")] string? size = null)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("Missing q", "Give the text typed so far as q, e.g. /api/suggest?q=劳模.");
        if (q.Length > limits.Value.MaxQueryLength) return Problems.BadRequest("Prefix too long", $"q may have at most {limits.Value.MaxQueryLength} characters.");
        if (!SearchEndpoints.TryInt(size, 10, "size", 1, limits.Value.MaxSuggestions, out var count, out var problem)) return problem!;
        return TypedResults.Ok(suggester.Suggest(q, count));
    }

    internal static Results<Ok<AnalyzeResponse>, ProblemHttpResult> Analyze(
        TextAnalysis analysis, IOptions<LimitsOptions> limits, [FromQuery(Name = "text")] string? text = null, [FromQuery(Name = "field")] string? field = null)
    {
        if (string.IsNullOrEmpty(text)) return Problems.BadRequest("Missing text", "Give the text to analyse as text, e.g. /api/analyze?text=劳模工匠创新工作室.");
        if (text.Length > limits.Value.MaxAnalyzeLength)
            return Problems.BadRequest("Text too long", $"text may have at most {limits.Value.MaxAnalyzeLength} characters.");
        field = string.IsNullOrWhiteSpace(field) ? "text" : field.Trim();
        if (!TextAnalysis.Fields.Contains(field))
            return Problems.BadRequest("Unknown field", $"field='{field}' is not analysed; use text (SmartCn words) or bigram (CJK bigrams).");
        return TypedResults.Ok(new AnalyzeResponse(text, field, analysis.Analyze(text, field)));
    }
}

/// <summary>How a text is tokenised for one field.</summary>
public sealed record AnalyzeResponse(string Text, string Field, IReadOnlyList<AnalyzedToken> Tokens);
