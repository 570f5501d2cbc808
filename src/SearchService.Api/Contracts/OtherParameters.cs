using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Api.Infrastructure;
using SearchService.Core;

namespace SearchService.Api.Contracts;

/// <summary>The query string of <c>GET /api/suggest</c>.</summary>
public sealed record SuggestParameters : IValidatableObject
{
    [FromQuery(Name = "q"), Description("The text typed so far (required; at most Limits:MaxQueryLength characters).")]
    public string? Q { get; init; }

    [FromQuery(Name = "size"), Description("Completions to return, from 1 to Limits:MaxSuggestions (default 10).")]
    public int? Size { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var limits = validationContext.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (Size is { } size && (size < 1 || size > limits.MaxSuggestions)) yield return Parameters.OutOfRange("size", size, 1, limits.MaxSuggestions);
    }
}

/// <summary>The field whose analysis to show.</summary>
public enum AnalyzedField { Text, Bigram }

/// <summary>The query string of <c>GET /api/analyze</c>.</summary>
public sealed record AnalyzeParameters
{
    [FromQuery(Name = "text"), Description("The text to analyse (required; at most Limits:MaxAnalyzeLength characters).")]
    public string? Text { get; init; }

    [FromQuery(Name = "field"), Description("`text` (SmartCn words, the default) or `bigram` (the CJK bigram recall field).")]
    public QueryEnum<AnalyzedField>? Field { get; init; }
}

/// <summary>The route and query string of <c>GET /api/passages/{id}/similar</c>.</summary>
public sealed record SimilarParameters : IValidatableObject
{
    [FromRoute(Name = "id"), Description(ParameterText.PassageId)]
    public required string Id { get; init; }

    [FromQuery(Name = "size"), Description("Precedents to return, from 1 to Limits:MaxSimilar (default 5).")]
    public int? Size { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var limits = validationContext.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (Size is { } size && (size < 1 || size > limits.MaxSimilar)) yield return Parameters.OutOfRange("size", size, 1, limits.MaxSimilar);
    }
}

/// <summary>The query string of <c>GET /api/reports</c>.</summary>
public sealed record ReportListParameters : IValidatableObject
{
    [FromQuery(Name = "page"), Description("Page number, from 1 (default 1).")]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Reports per page, from 1 to Limits:MaxReportPageSize (default 100).")]
    public int? Size { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var limits = validationContext.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (Page is < 1) yield return Parameters.OutOfRange("page", Page.Value, 1, int.MaxValue);
        if (Size is { } size && (size < 1 || size > limits.MaxReportPageSize)) yield return Parameters.OutOfRange("size", size, 1, limits.MaxReportPageSize);
    }
}
