using SearchService.Core.Search;

namespace SearchService.Api.Contracts;

/// <summary>A completion: the text, what it is (<c>organisation</c>, <c>theme</c>, <c>title</c> or <c>word</c>) and how many documents carry it.</summary>
public sealed record SuggestionResponse(string Text, string Kind, int Count)
{
    public static IReadOnlyList<SuggestionResponse> From(IReadOnlyList<Suggestion> suggestions) =>
        suggestions.Select(s => new SuggestionResponse(s.Text, s.Kind, s.Count)).ToList();
}
