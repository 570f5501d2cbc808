using Lucene.Net.Index;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Maps what a person wrote for a region to indexed region paths: the exact path (<c>浙江省/嘉兴市</c>), or any
/// path whose last level is that name (<c>平湖市</c>), or starts with it (<c>平湖</c>, <c>青浦</c>).
/// </summary>
public static class RegionResolver
{
    public static IReadOnlyList<string> Resolve(IndexReader reader, string value)
    {
        value = value.Trim().Replace('›', IndexSchema.RegionSeparator).Replace(" ", "");
        if (value.Length == 0) return [];
        var all = FacetValues.All(reader, IndexSchema.Region);
        if (all.Contains(value)) return [value];
        var byName = all.Where(p => LastLevel(p) == value).ToList();
        if (byName.Count > 0) return byName;
        return value.Length >= 2 ? all.Where(p => LastLevel(p).StartsWith(value, StringComparison.Ordinal)).ToList() : [];
    }

    private static string LastLevel(string path) => path[(path.LastIndexOf(IndexSchema.RegionSeparator) + 1)..];
}
