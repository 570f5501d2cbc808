using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using SearchService.Api.Infrastructure;

namespace SearchService.Api.Contracts;

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
