using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core;
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
            .WithDescription("A passage with its report, section, organisation, region, themes and every place it occurred (file, line, section) — what a citation needs.");
        group.MapGet("/{id}/similar", Similar)
            .WithName("SimilarPassages")
            .WithSummary("Precedents from other organisations")
            .WithDescription("Passages most like this one (MoreLikeThis over the SmartCn words) from other organisations' reports: who else did this.");
        return group;
    }

    internal static Results<Ok<PassageView>, ProblemHttpResult> GetPassage(string id, ReportCatalog catalog) =>
        catalog.GetPassage(id) is { } passage ? TypedResults.Ok(passage) : Problems.NotFound("passage", id);

    internal static Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult> Similar(
        string id, PrecedentFinder precedents, IOptions<LimitsOptions> limits, [FromQuery(Name = "size")] string? size = null)
    {
        if (!SearchEndpoints.TryInt(size, 5, "size", 1, limits.Value.MaxSimilar, out var count, out var problem)) return problem!;
        return precedents.Similar(id, count) is { } hits ? TypedResults.Ok(hits) : Problems.NotFound("passage", id);
    }
}
