using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Maps what a person wrote for a region to indexed region paths: the exact path (<c>浙江省/嘉兴市</c>), or any
/// path whose last level is that name (<c>平湖市</c>), or starts with it (<c>平湖</c>, <c>青浦</c>). Reads the
/// reader's facet values, already in memory.
/// </summary>
public static class RegionResolver
{
    public static IReadOnlyList<string> Resolve(FacetOrdinals ordinals, string value)
    {
        value = value.Trim().Replace('›', IndexSchema.RegionSeparator).Replace(" ", "");
        if (value.Length == 0) return [];
        if (ordinals.Has(IndexSchema.Region, value)) return [value];
        var byName = ordinals.RegionsByName[value].ToList();
        if (byName.Count > 0) return byName;
        return value.Length >= 2
            ? ordinals.For(IndexSchema.Region).Labels.Where(p => LastLevel(p).StartsWith(value, StringComparison.Ordinal)).ToList()
            : [];
    }

    private static string LastLevel(string path) => path[(path.LastIndexOf(IndexSchema.RegionSeparator) + 1)..];
}
