using Lucene.Net.Search;
using SearchService.Core.Indexing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A query in a form that finds the same documents without what only its scores need: each exact phrase over a bigram
/// field becomes the verbatim check (<see cref="VerbatimFilter"/>, a frequent word's documents kept per segment) in
/// place of a phrase scorer that reads every candidate's positions to count occurrences. For passes that only count
/// (the title matches when the complete ones fill the page); the scores of such a form mean nothing.
/// </summary>
public static class MatchOnly
{
    public static LuceneQuery Of(LuceneQuery query, FrequentWordSets? frequent) => query switch
    {
        PhraseQuery phrase when phrase.Slop == 0 && phrase.GetTerms() is { Length: > 0 } terms && terms.All(t => IsBigramField(t.Field)) && terms.All(t => t.Field == terms[0].Field)
            => new ConstantScoreQuery(new VerbatimFilter(phrase, null, frequent)),
        WordQuery word => word, // its check is already the verbatim one, its word a term
        BooleanQuery boolean => Copy(boolean, frequent),
        DisjunctionMaxQuery max => new AlternativesQuery(max.Disjuncts.Select(q => Of(q, frequent)).ToList(), max.TieBreakerMultiplier),
        ConstantScoreQuery { Query: { } inner } => new ConstantScoreQuery(Of(inner, frequent)),
        _ => query,
    };

    private static BooleanQuery Copy(BooleanQuery boolean, FrequentWordSets? frequent)
    {
        var copy = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses) copy.Add(Of(clause.Query, frequent), clause.Occur);
        return copy;
    }

    private static bool IsBigramField(string field) => field is IndexSchema.TextBigrams or IndexSchema.TitleBigrams or IndexSchema.CreditBigrams;
}
