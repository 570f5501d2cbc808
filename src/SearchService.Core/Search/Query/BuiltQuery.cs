using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The Lucene queries for one user query. <see cref="Primary"/> answers first; <see cref="Fallback"/>, when present,
/// matches most of the words and supplies the hits ranked below <see cref="Primary"/>'s.
/// <see cref="HighlightTerms"/> are the analysed words, <see cref="HighlightStrings"/> the literal strings
/// (query runs, phrases, synonyms) to mark in snippets.
/// </summary>
public sealed record BuiltQuery(
    LuceneQuery Primary,
    string PrimaryMode,
    LuceneQuery? Fallback,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlySet<string> HighlightStrings);
