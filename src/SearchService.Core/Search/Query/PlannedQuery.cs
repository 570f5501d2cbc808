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
/// </summary>
public sealed record PlannedQuery(
    LuceneQuery Complete,
    LuceneQuery? Title,
    LuceneQuery? Related,
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

    /// <summary>
    /// The related queries and their marks, built the first time one of them is asked for: only a search whose
    /// complete and title matches do not fill the page looks for related matches (or explains one), and building them
    /// reads every word's parts and alternatives again. Null when they are given as they are.
    /// </summary>
    public Lazy<RelatedQueries>? RelatedLater { get; init; }

    /// <summary>Passages with most of the words (null when the query has fewer than two words to choose from, or forces all or any).</summary>
    public LuceneQuery? Related { get => RelatedLater is { } later ? later.Value.Most : field; init; } = Related;

    /// <summary>
    /// Passages with any of the words (not every one anywhere): related matches listed after those with most of the
    /// words when the page still has room; null when most of the words is already any one of them.
    /// </summary>
    public LuceneQuery? RelatedAny { get => RelatedLater is { } later ? later.Value.Any : field; init; }

    /// <summary>What a related match is marked with besides <see cref="HighlightStrings"/>: the words it may hold only some of, and their parts (职工 of 职工书屋).</summary>
    public IReadOnlySet<string> RelatedStrings { get => RelatedLater is { } later ? later.Value.Strings : field; init; } = new HashSet<string>();

    /// <summary>The query of a kind of match (for explaining a hit by the query that matched it).</summary>
    public LuceneQuery? For(Matching.MatchKind kind) => kind switch
    {
        Matching.MatchKind.All => Complete,
        Matching.MatchKind.Title => Title,
        _ => RelatedAny ?? Related,
    };
}

/// <summary>The related matches' queries (most of the words, then any) and what their hits are marked with.</summary>
public sealed record RelatedQueries(LuceneQuery? Most, LuceneQuery? Any, IReadOnlySet<string> Strings);
