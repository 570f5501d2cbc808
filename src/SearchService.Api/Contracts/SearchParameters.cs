using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
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
    }

    public SearchRequest ToRequest(LimitsOptions limits) => new(
        Q, Parameters.Filters(Organisation, Region, Theme), Page ?? 1, Size ?? limits.DefaultPageSize, Op?.Value ?? MatchOperator.Auto,
        GroupBy is not null, Sort?.Value ?? SearchSort.Relevance, Explain ?? false, FacetSize ?? SearchRequest.DefaultFacetSize);
}

/// <summary>The query string of <c>GET /api/search/export</c>: a search's words, filters and order, and the file format.</summary>
public sealed record ExportParameters
{
    [FromQuery(Name = "format"), Description("`csv` (UTF-8 with BOM, so spreadsheet software shows Chinese; the default) or `json`.")]
    public QueryEnum<ExportFormat>? Format { get; init; }

    [FromQuery(Name = "q"), Description(ParameterText.Query)]
    public string? Q { get; init; }

    [FromQuery(Name = "organisation"), Description(ParameterText.Organisation)]
    public string[]? Organisation { get; init; }

    [FromQuery(Name = "region"), Description(ParameterText.Region)]
    public string[]? Region { get; init; }

    [FromQuery(Name = "theme"), Description(ParameterText.Theme)]
    public string[]? Theme { get; init; }

    [FromQuery(Name = "sort"), Description(ParameterText.Sort)]
    public QueryEnum<SearchSort>? Sort { get; init; }

    [FromQuery(Name = "op"), Description(ParameterText.Operator)]
    public QueryEnum<MatchOperator>? Op { get; init; }

    /// <summary>The search of one page of the export.</summary>
    public SearchRequest ToRequest(int page, int size) => new(
        Q, Parameters.Filters(Organisation, Region, Theme), page, size, Op?.Value ?? MatchOperator.Auto, Sort: Sort?.Value ?? SearchSort.Relevance);
}

/// <summary>The file format of an export.</summary>
public enum ExportFormat { Csv, Json }

/// <summary>Descriptions shared by the parameters of several endpoints.</summary>
internal static class ParameterText
{
    public const string Query = "The query: words (all must match; a question falls back to passages with most of its words), \"phrases\", -exclusions, OR, parentheses and inline filters organisation:…, region:…, theme:…. At most Limits:MaxQueryLength characters; empty lists every passage.";
    public const string Organisation = "Filter by organisation; repeat for several (ORed). Facets are ANDed, and each facet's counts ignore its own selection.";
    public const string Region = "Filter by region, as a full path (浙江省/嘉兴市) or a name (嘉兴市); repeat for several (ORed).";
    public const string Theme = "Filter by theme; repeat for several (ORed).";
    public const string Sort = "`relevance` (default), `report` (by report title, then order in the report) or `organisation`.";
    public const string ReportId = "A report id, from a search hit or the report list.";
    public const string PassageId = "A passage id, from a search hit or a report.";
    public const string Operator = "How words combine: `auto` (default: all words, falling back to most of them when too few passages match), `and` (all words) or `or` (any word).";
}

/// <summary>Building blocks of the parameter records.</summary>
internal static class Parameters
{
    public static ValidationResult OutOfRange(string name, long value, long min, long max) =>
        new($"{name}='{value}' must be a whole number from {min} to {max}.", [name]);

    public static FacetSelection Filters(string[]? organisation, string[]? region, string[]? theme) => new(new Dictionary<string, IReadOnlyList<string>>
    {
        [IndexSchema.Organisation] = Clean(organisation),
        [IndexSchema.Region] = Clean(region),
        [IndexSchema.Theme] = Clean(theme),
    });

    private static IReadOnlyList<string> Clean(string[]? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList() ?? [];
}
