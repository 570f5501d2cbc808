using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

/// <summary>Facets, suggestions, analysis and limits: what helps a person (and the page) find the right words.</summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/facets").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>().ProducesProblem(StatusCodes.Status400BadRequest).WithTags("Facets")
            .MapGet("/", (SearchEngine engine) => TypedResults.Ok(SearchFacetsResponse.From(engine.AllFacets())))
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

        app.MapGet("/api/limits", (IOptions<LimitsOptions> limits) => TypedResults.Ok(LimitsResponse.From(limits.Value)))
            .WithTags("Limits")
            .WithName("Limits")
            .WithSummary("What one request may ask for")
            .WithDescription("The configured limits (section `Limits`): query length, page size and depth, facet values, export, suggestions, precedents, body size. The page reads its page size and depth here.");
        return app;
    }

    internal static Results<Ok<IReadOnlyList<SuggestionResponse>>, ProblemHttpResult> Suggest(
        [AsParameters] SuggestParameters parameters, Suggester suggester, IOptions<LimitsOptions> limits)
    {
        if (string.IsNullOrWhiteSpace(parameters.Q)) return Problems.InvalidParameter("q", "Missing q", "Give the text typed so far as q, e.g. /api/suggest?q=劳模.");
        if (parameters.Q.Length > limits.Value.MaxQueryLength) return Problems.QueryTooLong(parameters.Q.Length, limits.Value.MaxQueryLength);
        return TypedResults.Ok(SuggestionResponse.From(suggester.Suggest(parameters.Q, parameters.Size ?? 10)));
    }

    internal static Results<Ok<AnalyzeResponse>, ProblemHttpResult> Analyze([AsParameters] AnalyzeParameters parameters, TextAnalysis analysis, IOptions<LimitsOptions> limits)
    {
        var text = parameters.Text;
        if (string.IsNullOrEmpty(text)) return Problems.InvalidParameter("text", "Missing text", "Give the text to analyse as text, e.g. /api/analyze?text=劳模工匠创新工作室.");
        if (text.Length > limits.Value.MaxAnalyzeLength)
            return Problems.InvalidParameter("text", "Text too long", $"text may have at most {limits.Value.MaxAnalyzeLength} characters.");
        var field = (parameters.Field ?? new QueryEnum<AnalyzedField>(AnalyzedField.Text)).ToString();
        return TypedResults.Ok(new AnalyzeResponse(text, field, TokenResponse.From(analysis.Analyze(text, field))));
    }
}
