using SearchService.Core.Search.Query;

namespace SearchService.Core.Search.Hits;

/// <summary>
/// What to mark in a hit and to say where it matched: indexed words (<see cref="Terms"/>), literal strings (verbatim
/// words, synonyms, phrases) and the query's words with the facet values they name.
/// </summary>
public sealed record HitMarks(IReadOnlySet<string> Terms, IReadOnlySet<string> Strings, IReadOnlyList<QueryWord> Words)
{
    /// <summary>Marked in related matches only (the parts of words they hold some of).</summary>
    public IReadOnlySet<string> RelatedStrings { get; init; } = new HashSet<string>();

    public static HitMarks For(PlannedQuery plan) => new(plan.HighlightTerms, plan.HighlightStrings, plan.Words) { RelatedStrings = plan.RelatedStrings };

    public IReadOnlySet<string> StringsFor(Matching.MatchKind kind)
    {
        if (kind != Matching.MatchKind.Related || RelatedStrings.Count == 0) return Strings;
        var all = new HashSet<string>(Strings, StringComparer.OrdinalIgnoreCase);
        all.UnionWith(RelatedStrings);
        return all;
    }
}
