using SearchService.Core;
using SearchService.Core.Search;

namespace SearchService.Api.Contracts;

/// <summary>
/// What one request may ask for (configuration section <c>Limits</c>): the page reads its page size and depth from
/// here, so raising a limit on the server raises it in the page too.
/// </summary>
public sealed record LimitsResponse(
    int MaxQueryLength,
    int DefaultPageSize,
    int MaxPageSize,
    int MaxDepth,
    int DefaultFacetSize,
    int MaxFacetSize,
    int MaxExportHits,
    int MaxSuggestions,
    int MaxSimilar,
    int MaxReportPageSize,
    int MaxAnalyzeLength,
    long MaxBodyBytes)
{
    public static LimitsResponse From(LimitsOptions limits) => new(
        limits.MaxQueryLength, limits.DefaultPageSize, limits.MaxPageSize, limits.MaxDepth, SearchRequest.DefaultFacetSize, limits.MaxFacetSize,
        limits.MaxExportHits, limits.MaxSuggestions, limits.MaxSimilar, limits.MaxReportPageSize, limits.MaxAnalyzeLength, limits.MaxBodyBytes);
}
