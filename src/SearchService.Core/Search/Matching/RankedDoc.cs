namespace SearchService.Core.Search.Matching;

/// <summary>
/// A document on the page to render: its score, how it matched, and for a report group how many of its passages
/// matched that way.
/// </summary>
public readonly record struct RankedDoc(int Doc, float Score, MatchKind Kind = MatchKind.All, int? MatchingPassages = null);
