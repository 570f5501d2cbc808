using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

public static class PassageEndpoints
{
    public static RouteGroupBuilder MapPassageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/passages").WithTags("Passages").AddEndpointFilter<RouteGroupBuilder, ReadKeyFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}", GetPassage)
            .WithName("GetPassage")
            .WithSummary("One passage")
            .WithDescription("A passage with its report, section, organisation, region, themes and every place it occurred (file, line, section), and its `citation` (GB/T 7714, ending with its permalink /passages/{id}) with `citationParts`.");
        group.MapGet("/{id}/similar", Similar)
            .WithName("SimilarPassages")
            .WithSummary("Precedents from other organisations")
            .WithDescription("Passages most like this one (MoreLikeThis over the SmartCn words) from other organisations' reports: who else did this. Each names the key words it shares with this passage (`sharedTerms`, most telling first).");
        return group;
    }

    internal static Results<Ok<PassageResponse>, ProblemHttpResult> GetPassage([Description(ParameterText.PassageId)] string id, ReportCatalog catalog, HttpRequest http) =>
        catalog.GetPassage(id) is { } passage ? TypedResults.Ok(PassageResponse.From(passage, Permalinks.For(http))) : Problems.NotFound("passage", id);

    internal static Results<Ok<IReadOnlyList<SearchHitResponse>>, ProblemHttpResult> Similar([AsParameters] SimilarParameters parameters, PrecedentFinder precedents,
        HttpRequest http) =>
        precedents.Similar(parameters.Id, parameters.Size ?? 5) is { } hits
            ? TypedResults.Ok(SearchHitResponse.From(hits, Permalinks.For(http)))
            : Problems.NotFound("passage", parameters.Id);
}
