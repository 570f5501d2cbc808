using SearchService.Core.Search.Citations;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// The pages that show a passage (<c>/passages/{id}</c>) or a report (<c>/reports/{id}</c>) at the address the request
/// reached the service by; citations end with them. Ids last across re-indexing (they come from where a text stands,
/// not from what was extracted from it), so the links do too. A configured public address (<c>Permalinks:BaseUrl</c>)
/// takes the place of the request's.
/// </summary>
public sealed class Permalinks(string baseUrl)
{
    public static Permalinks For(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService<PermalinkOptions>() is { BaseUrl.Length: > 0 } configured
            ? new(configured.BaseUrl.TrimEnd('/'))
            : new($"{request.Scheme}://{request.Host}{request.PathBase}");

    public string Passage(string id) => $"{baseUrl}/passages/{Uri.EscapeDataString(id)}";

    public string Report(string id) => $"{baseUrl}/reports/{Uri.EscapeDataString(id)}";

    /// <summary>The citation's parts with the permalink, and its text.</summary>
    public (string Text, CitationParts Parts) Cite(CitationParts parts, string permalink)
    {
        var linked = parts with { Permalink = permalink };
        return (CitationFormatter.Format(linked), linked);
    }
}
