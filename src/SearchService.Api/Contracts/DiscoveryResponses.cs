using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Search;

namespace SearchService.Api.Contracts;

/// <summary>A completion: the text, what it is (<c>organisation</c>, <c>theme</c>, <c>title</c> or <c>word</c>) and how many documents carry it.</summary>
public sealed record SuggestionResponse(string Text, string Kind, int Count)
{
    public static IReadOnlyList<SuggestionResponse> From(IReadOnlyList<Suggestion> suggestions) =>
        suggestions.Select(s => new SuggestionResponse(s.Text, s.Kind, s.Count)).ToList();
}

/// <summary>How a text is tokenised for one field.</summary>
public sealed record AnalyzeResponse(string Text, string Field, IReadOnlyList<TokenResponse> Tokens);

/// <summary>One token: term, position (counting gaps) and offsets in the input.</summary>
public sealed record TokenResponse(string Term, int Position, int Start, int End)
{
    public static IReadOnlyList<TokenResponse> From(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Select(t => new TokenResponse(t.Term, t.Position, t.Start, t.End)).ToList();
}

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
