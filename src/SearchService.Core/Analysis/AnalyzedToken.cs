namespace SearchService.Core.Analysis;

/// <summary>One token as an analyzer produced it: term text, position (counting gaps) and offsets in the input.</summary>
public sealed record AnalyzedToken(string Term, int Position, int Start, int End);
