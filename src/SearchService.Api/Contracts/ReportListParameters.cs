using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Core;

namespace SearchService.Api.Contracts;

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
