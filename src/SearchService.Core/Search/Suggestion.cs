namespace SearchService.Core.Search;

/// <summary>A completion: its text and where it comes from (organisation, theme, title, word).</summary>
public sealed record Suggestion(string Text, string Kind, int Count);
