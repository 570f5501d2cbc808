using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SearchService.Api.Infrastructure;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Api.Contracts;

/// <summary>The file format of an export.</summary>
public enum ExportFormat { Csv, Json }

/// <summary>The query string of <c>GET /api/search/export</c>: a search's words, filters and order, and the file format.</summary>
public sealed record ExportParameters : IValidatableObject
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

    [FromQuery(Name = "year"), Description(ParameterText.Year)]
    public string[]? Year { get; init; }

    [FromQuery(Name = "yearFrom"), Description(ParameterText.YearFrom)]
    public int? YearFrom { get; init; }

    [FromQuery(Name = "yearTo"), Description(ParameterText.YearTo)]
    public int? YearTo { get; init; }

    [FromQuery(Name = "sort"), Description(ParameterText.Sort)]
    public QueryEnum<SearchSort>? Sort { get; init; }

    [FromQuery(Name = "op"), Description(ParameterText.Operator)]
    public QueryEnum<MatchOperator>? Op { get; init; }

    /// <summary>The search of one page of the export.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Parameters.ValidateYears(Year, YearFrom, YearTo);

    public SearchRequest ToRequest(int page, int size) => new(
        Q, Parameters.Filters(Organisation, Region, Theme, Year), page, size, Op?.Value ?? MatchOperator.Auto, Sort: Sort?.Value ?? SearchSort.Relevance)
    { YearFrom = YearFrom, YearTo = YearTo };
}
