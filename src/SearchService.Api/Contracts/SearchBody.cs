using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using SearchService.Core;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Contracts;

/// <summary>
/// The JSON body of <c>POST /api/search</c>: the same search as <c>GET /api/search</c>, with the same names
/// (<c>organisation</c>, <c>region</c> and <c>theme</c> as arrays), for queries too long for a URL.
/// </summary>
public sealed record SearchBody : IValidatableObject
{
    [Description(ParameterText.Query)]
    public string? Q { get; init; }

    [Description(ParameterText.Organisation)]
    public string[]? Organisation { get; init; }

    [Description(ParameterText.Region)]
    public string[]? Region { get; init; }

    [Description(ParameterText.Theme)]
    public string[]? Theme { get; init; }

    [Description("Page number, from 1 (default 1); page × size may not exceed Limits:MaxDepth.")]
    public int? Page { get; init; }

    [Description("Hits per page, from 1 to Limits:MaxPageSize (default Limits:DefaultPageSize).")]
    public int? Size { get; init; }

    [Description(ParameterText.GroupBy)]
    public SearchGrouping? GroupBy { get; init; }

    [Description(ParameterText.Sort)]
    public SearchSort? Sort { get; init; }

    [Description(ParameterText.Operator)]
    public MatchOperator? Op { get; init; }

    [Description(ParameterText.Explain)]
    public bool? Explain { get; init; }

    [Description(ParameterText.FacetSize)]
    public int? FacetSize { get; init; }

    [Description(ParameterText.Year)]
    public string[]? Year { get; init; }

    [Description(ParameterText.YearFrom)]
    public int? YearFrom { get; init; }

    [Description(ParameterText.YearTo)]
    public int? YearTo { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Parameters.ValidateSearch(validationContext.GetRequiredService<IOptions<LimitsOptions>>().Value, Page, Size, FacetSize, Year, YearFrom, YearTo);

    public SearchRequest ToRequest(LimitsOptions limits) => new(
        Q, Parameters.Filters(Organisation, Region, Theme, Year), Page ?? 1, Size ?? limits.DefaultPageSize, Op ?? MatchOperator.Auto,
        GroupBy is not null, Sort ?? SearchSort.Relevance, Explain ?? false, FacetSize ?? SearchRequest.DefaultFacetSize)
    { YearFrom = YearFrom, YearTo = YearTo };
}
