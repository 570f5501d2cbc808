using SearchService.Core.Search.Facets;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The Lucene queries of one user query, one per kind of match:
/// <see cref="Complete"/> — passages that hold every word themselves (text, heading, a synonym, or their own
/// organisation, region or theme for a word that names one); <see cref="Title"/> — passages that hold every word
/// with their report's title, some word there (the complete matches among them are left out by the tiers, which have
/// just collected them); <see cref="Related"/> (excluding both) — passages with most of the words (null when the query has fewer
/// than two words to choose from, or when it forces all or any words), then <see cref="RelatedAny"/>. <see cref="Rescore"/> (the proximity of a run's
/// words) adds to the score of the best complete matches and never changes what matches.
/// <see cref="HighlightTerms"/> are indexed words to mark, <see cref="HighlightStrings"/> literal strings (verbatim
/// words, synonyms, phrases). <see cref="Words"/> are the query's positive words; <see cref="Selection"/> the request's
/// facet selection with the query's own top-level filters (<c>region:嘉兴市</c>) moved into it, so they get
/// drill-sideways counts like the facet parameters.
/// <para>
/// The related queries and their marks come from one place, <see cref="RelatedSource"/>: <see cref="Related"/>,
/// <see cref="RelatedAny"/> and <see cref="RelatedStrings"/> only read it. The builder leaves it unbuilt (a
/// <see cref="Lazy{T}"/> over what it has already read), so they are built the first time one of them is asked for —
/// only a search whose complete and title matches do not fill the page looks for related matches (or explains or
/// marks one), and building them reads every word's parts and alternatives again. A plan without related matches holds
/// <see cref="RelatedQueries.None"/>, already built.
/// </para>
/// </summary>
public sealed record PlannedQuery(
    LuceneQuery Complete,
    LuceneQuery? Title,
    Lazy<RelatedQueries> RelatedSource,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlySet<string> HighlightStrings,
    IReadOnlyList<QueryWord> Words,
    FacetSelection Selection)
{
    public LuceneQuery? Rescore { get; init; }

    /// <summary><see cref="Title"/> in a form that finds the same passages faster but scores them meaninglessly (<see cref="MatchOnly"/>): for counting them.</summary>
    public LuceneQuery? TitleCount { get; init; }

    /// <summary>
    /// The condition every title match meets: some word in its report's title. Most queries name nothing any title
    /// holds, and this short query says so before the title matches are looked for.
    /// </summary>
    public LuceneQuery? TitleWords { get; init; }

    /// <summary>Passages with most of the words (null when the query has fewer than two words to choose from, or forces all or any).</summary>
    public LuceneQuery? Related => RelatedSource.Value.Most;

    /// <summary>
    /// Passages with any of the words (not every one anywhere): related matches listed after those with most of the
    /// words when the page still has room; null when most of the words is already any one of them.
    /// </summary>
    public LuceneQuery? RelatedAny => RelatedSource.Value.Any;

    /// <summary>What a related match is marked with besides <see cref="HighlightStrings"/>: the words it may hold only some of, and their parts (职工 of 职工书屋).</summary>
    public IReadOnlySet<string> RelatedStrings => RelatedSource.Value.Strings;

    /// <summary>Whether the related queries have been built (asked for, or given already built): what tests hold the laziness to.</summary>
    public bool RelatedBuilt => RelatedSource.IsValueCreated;

    /// <summary>The query of a kind of match (for explaining a hit by the query that matched it).</summary>
    public LuceneQuery? For(Matching.MatchKind kind) => kind switch
    {
        Matching.MatchKind.All => Complete,
        Matching.MatchKind.Title => Title,
        _ => RelatedAny ?? Related,
    };
}

/// <summary>The related matches' queries (most of the words, then any) and what their hits are marked with.</summary>
public sealed record RelatedQueries(LuceneQuery? Most, LuceneQuery? Any, IReadOnlySet<string> Strings)
{
    /// <summary>No related matches (a query of fewer than two words to choose from, or one that forces all or any), already built.</summary>
    public static Lazy<RelatedQueries> None { get; } = new(new RelatedQueries(null, null, new HashSet<string>()));
}
