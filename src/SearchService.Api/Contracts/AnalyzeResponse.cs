using SearchService.Core.Analysis;

namespace SearchService.Api.Contracts;

/// <summary>How a text is tokenised for one field.</summary>
public sealed record AnalyzeResponse(string Text, string Field, IReadOnlyList<TokenResponse> Tokens);

/// <summary>One token: term, position (counting gaps) and offsets in the input.</summary>
public sealed record TokenResponse(string Term, int Position, int Start, int End)
{
    public static IReadOnlyList<TokenResponse> From(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Select(t => new TokenResponse(t.Term, t.Position, t.Start, t.End)).ToList();
}
