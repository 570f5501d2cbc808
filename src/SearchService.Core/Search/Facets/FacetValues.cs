using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Facets;

public static class FacetValues
{
    /// <summary>Every distinct indexed value of a string field.</summary>
    public static IReadOnlySet<string> All(IndexReader reader, string field)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return values;
        var e = terms.GetEnumerator();
        while (e.MoveNext()) values.Add(e.Term.Utf8ToString());
        return values;
    }
}
