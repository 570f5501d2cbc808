using SearchService.Core.Search.Query;

namespace SearchService.Core.Search.Hits;

/// <summary>
/// What to mark in a hit and to say where it matched: indexed words (<see cref="Terms"/>), literal strings (verbatim
/// words, synonyms, phrases) and the query's words with the facet values they name.
/// </summary>
public sealed record HitMarks(IReadOnlySet<string> Terms, IReadOnlySet<string> Strings, IReadOnlyList<QueryWord> Words)
{
    /// <summary>
    /// The plan's related queries, whose <see cref="RelatedQueries.Strings"/> are marked in related matches only (the
    /// parts of words they hold some of): read only when a related match is marked, so a page without one leaves them unbuilt.
    /// </summary>
    public Lazy<RelatedQueries> RelatedSource { get; init; } = RelatedQueries.None;

    public static HitMarks For(PlannedQuery plan) => new(plan.HighlightTerms, plan.HighlightStrings, plan.Words) { RelatedSource = plan.RelatedSource };

    public IReadOnlySet<string> StringsFor(Matching.MatchKind kind)
    {
        if (kind != Matching.MatchKind.Related || RelatedSource.Value.Strings is not { Count: > 0 } related) return Strings;
        var all = new HashSet<string>(Strings, StringComparer.OrdinalIgnoreCase);
        all.UnionWith(related);
        return all;
    }
}
