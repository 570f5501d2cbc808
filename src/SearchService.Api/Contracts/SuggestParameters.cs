using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
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
