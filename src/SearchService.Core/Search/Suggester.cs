using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search;

/// <summary>
/// Completions for a prefix: organisations, themes and report titles that start with (or, for longer prefixes,
/// contain) it, then frequent indexed words that start with it, most frequent first.
/// </summary>
public sealed class Suggester(IndexService index, ReportCatalog catalog, SearchEngine engine)
{
    public IReadOnlyList<Suggestion> Suggest(string prefix, int size)
    {
        prefix = prefix.Trim();
        if (prefix.Length == 0) return [];
        size = Math.Clamp(size, 1, 50);
        var facets = engine.AllFacets();
        var suggestions = new List<Suggestion>();
        suggestions.AddRange(Matching(facets.Organisation, prefix, "organisation"));
        suggestions.AddRange(Matching(facets.Theme, prefix, "theme"));
        suggestions.AddRange(catalog.List()
            .Where(r => Matches(r.Title, prefix))
            .Select(r => new Suggestion(r.Title, "title", r.Passages)));
        suggestions.AddRange(index.Search(searcher => Words(searcher.IndexReader, prefix, size)));
        return suggestions
            .DistinctBy(s => s.Text)
            .Take(size)
            .ToList();
    }

    private static IEnumerable<Suggestion> Matching(IReadOnlyList<FacetValue> values, string prefix, string kind) =>
        values.Where(v => Matches(v.Value, prefix)).Select(v => new Suggestion(v.Value, kind, v.Count));

    private static bool Matches(string candidate, string prefix) =>
        candidate.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        || (prefix.Length >= 2 && candidate.Contains(prefix, StringComparison.OrdinalIgnoreCase));

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
