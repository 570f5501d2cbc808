using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SearchService.Core;

namespace SearchService.Api.Contracts;

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
