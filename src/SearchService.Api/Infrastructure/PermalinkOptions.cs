using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Bound from configuration section <c>Permalinks</c> (environment <c>Permalinks__BaseUrl=https://…</c>). Behind a
/// reverse proxy the service sees its internal address, and citations copied from it would point there: the public
/// address, when set, is used instead.
/// </summary>
public sealed class PermalinkOptions : IValidatableObject
{
    public const string Section = "Permalinks";

    /// <summary>The address people reach the service at, e.g. <c>https://search.example.org/union</c>; empty: the request's own.</summary>
    public string BaseUrl { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl.Length == 0) yield break;
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            yield return new ValidationResult("Permalinks:BaseUrl must be an absolute http(s) address without query or fragment.", [nameof(BaseUrl)]);
    }
}
