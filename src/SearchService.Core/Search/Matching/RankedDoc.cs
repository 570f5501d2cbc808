namespace SearchService.Core.Search.Matching;

/// <summary>A document on the page to render: its score, and for a report group how many of its passages matched.</summary>
public readonly record struct RankedDoc(int Doc, float Score, int? MatchingPassages = null);
