using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Contracts;

/// <summary>Grouping of search hits.</summary>
public enum SearchGrouping { Report }

/// <summary>
/// The query string of <c>GET /api/search</c>. Types, enums and descriptions here are what the OpenAPI document shows;
/// ranges that depend on <c>Limits:*</c> are checked in <see cref="Validate"/> (and shown by <see cref="OpenApiParameters"/>).
/// </summary>
public sealed record SearchParameters : IValidatableObject
{
    [FromQuery(Name = "q"), Description(ParameterText.Query)]
    public string? Q { get; init; }

    [FromQuery(Name = "organisation"), Description(ParameterText.Organisation)]
    public string[]? Organisation { get; init; }

    [FromQuery(Name = "region"), Description(ParameterText.Region)]
    public string[]? Region { get; init; }

    [FromQuery(Name = "theme"), Description(ParameterText.Theme)]
    public string[]? Theme { get; init; }

    [FromQuery(Name = "year"), Description(ParameterText.Year)]
    public string[]? Year { get; init; }

    [FromQuery(Name = "yearFrom"), Description(ParameterText.YearFrom)]
    public int? YearFrom { get; init; }

    [FromQuery(Name = "yearTo"), Description(ParameterText.YearTo)]
    public int? YearTo { get; init; }

    [FromQuery(Name = "page"), Description("Page number, from 1 (default 1); page × size may not exceed Limits:MaxDepth.")]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Hits per page, from 1 to Limits:MaxPageSize (default Limits:DefaultPageSize).")]
    public int? Size { get; init; }

    [FromQuery(Name = "groupBy"), Description("`report`: one hit per report (its best passage) with the number of its passages that matched.")]
    public QueryEnum<SearchGrouping>? GroupBy { get; init; }

    [FromQuery(Name = "sort"), Description(ParameterText.Sort)]
    public QueryEnum<SearchSort>? Sort { get; init; }

    [FromQuery(Name = "op"), Description(ParameterText.Operator)]
    public QueryEnum<MatchOperator>? Op { get; init; }

    [FromQuery(Name = "explain"), Description("true: each hit carries the explanation of its score (not cached; for debugging a ranking).")]
    public bool? Explain { get; init; }

    [FromQuery(Name = "facetSize"), Description("Values returned per facet (per parent for regions), from 1 to Limits:MaxFacetSize (default 20); selected values always.")]
    public int? FacetSize { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var limits = validationContext.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (Page is < 1) yield return Parameters.OutOfRange("page", Page.Value, 1, int.MaxValue);
        if (Size is { } size && (size < 1 || size > limits.MaxPageSize)) yield return Parameters.OutOfRange("size", size, 1, limits.MaxPageSize);
        if (FacetSize is { } facets && (facets < 1 || facets > limits.MaxFacetSize)) yield return Parameters.OutOfRange("facetSize", facets, 1, limits.MaxFacetSize);
        foreach (var problem in Parameters.ValidateYears(Year, YearFrom, YearTo)) yield return problem;
    }

    public SearchRequest ToRequest(LimitsOptions limits) => new(
        Q, Parameters.Filters(Organisation, Region, Theme, Year), Page ?? 1, Size ?? limits.DefaultPageSize, Op?.Value ?? MatchOperator.Auto,
        GroupBy is not null, Sort?.Value ?? SearchSort.Relevance, Explain ?? false, FacetSize ?? SearchRequest.DefaultFacetSize)
    { YearFrom = YearFrom, YearTo = YearTo };
}
