using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Search;

/// <summary>
/// Completions for a prefix: organisations, themes and report titles that start with (or, for two characters or more,
/// contain) it, then frequent indexed words that start with it. Everything comes from the terms dictionary, so a
/// keystroke costs a few term scans, not a search or a read of stored reports.
/// </summary>
public sealed class Suggester(IndexService index, LimitsOptions limits)
{
    private const int MaxScanned = 50_000;

    public IReadOnlyList<Suggestion> Suggest(string prefix, int size)
    {
        // Indexed words and facet values are in simplified script; titles are compared folded, shown as written.
        prefix = ScriptFold.Default.Fold(prefix.Trim());
        if (prefix.Length == 0) return [];
        size = Math.Clamp(size, 1, limits.MaxSuggestions);
        return index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var suggestions = new List<Suggestion>();
            suggestions.AddRange(Names(reader, IndexSchema.Organisation, prefix, "organisation"));
            suggestions.AddRange(Names(reader, IndexSchema.Theme, prefix, "theme"));
            suggestions.AddRange(Names(reader, IndexSchema.TitleExact, prefix, "title"));
            suggestions.AddRange(Words(reader, prefix, size));
            return (IReadOnlyList<Suggestion>)suggestions.DistinctBy(s => s.Text).Take(size).ToList();
        });
    }

    /// <summary>Whole values of a string field that start with (or contain) the prefix, most frequent first.</summary>
    private static IEnumerable<Suggestion> Names(IndexReader reader, string field, string prefix, string kind)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return [];
        var found = new List<Suggestion>();
        var e = terms.GetEnumerator();
        var scanned = 0;
        while (e.MoveNext() && ++scanned <= MaxScanned)
        {
            var value = e.Term.Utf8ToString();
            var folded = ScriptFold.Default.Fold(value);
            if (folded.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || (prefix.Length >= 2 && folded.Contains(prefix, StringComparison.OrdinalIgnoreCase)))
                found.Add(new Suggestion(value, kind, e.DocFreq));
        }
        return found.OrderByDescending(s => ScriptFold.Default.Fold(s.Text).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ThenByDescending(s => s.Count);
    }

    private static IEnumerable<Suggestion> Words(IndexReader reader, string prefix, int size)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Text);
        if (terms is null) return [];
        var found = new List<Suggestion>();
        var e = terms.GetEnumerator();
        var start = new BytesRef(prefix.ToLowerInvariant());
        if (e.SeekCeil(start) == TermsEnum.SeekStatus.END) return [];
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(e.Term, start) || ++scanned > 5000) break;
            var word = e.Term.Utf8ToString();
            if (word.Length > prefix.Length) found.Add(new Suggestion(word, "word", e.DocFreq));
        }
        while (e.MoveNext());
        return found.OrderByDescending(s => s.Count).ThenBy(s => s.Text, StringComparer.Ordinal).Take(size);
    }
}
