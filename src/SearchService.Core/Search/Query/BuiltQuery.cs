using SearchService.Core.Search.Matching;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The Lucene queries for one user query. <see cref="Primary"/> answers first; when it finds too little, each
/// <see cref="Fallbacks"/> tier (<see cref="MatchMode.Most"/> of the words, then <see cref="MatchMode.Any"/> of them) adds the hits the earlier tiers
/// did not have, ranked below theirs.
/// <see cref="HighlightTerms"/> are the analysed words, <see cref="HighlightStrings"/> the literal strings
/// (query runs, phrases, synonyms) to mark in snippets. <see cref="Rescore"/> (proximity of a run's words) adds to
/// the score of the primary query's best hits; it never changes what matches.
/// </summary>
public sealed record BuiltQuery(
    LuceneQuery Primary,
    MatchMode PrimaryMode,
    IReadOnlyList<(MatchMode Mode, LuceneQuery Query)> Fallbacks,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlySet<string> HighlightStrings)
{
    public LuceneQuery? Rescore { get; init; }
}
