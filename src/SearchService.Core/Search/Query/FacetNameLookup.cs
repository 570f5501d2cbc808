using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The facet values a query word names in one index: a value the word is (an organisation, a theme, a region's name)
/// or that <see cref="IFacetNames"/> reads it as (嘉兴 → 浙江省/嘉兴市, 中铁四局 → 中铁四局工会), kept only when some
/// passage has it. A mere part of a value names nothing (工会 is not 苏州市总工会).
/// </summary>
public sealed class FacetNameLookup(FacetOrdinals ordinals, IFacetNames names)
{
    public static FacetNameLookup None { get; } = new(null!, new NoNames());

    public IReadOnlyList<FacetName> Named(string word)
    {
        if (ordinals is null || word.Length < 2) return [];
        List<FacetName>? found = null;
        void Add(FacetName name)
        {
            if (!ordinals.Has(name.Dimension, name.Value)) return;
            found ??= [];
            if (!found.Contains(name)) found.Add(name);
        }
        Add(new FacetName(IndexSchema.Organisation, word));
        Add(new FacetName(IndexSchema.Theme, word));
        foreach (var path in ordinals.RegionsByName[word]) Add(new FacetName(IndexSchema.Region, path));
        foreach (var candidate in names.Candidates(word)) Add(candidate);
        return found ?? (IReadOnlyList<FacetName>)[];
    }

    private sealed class NoNames : IFacetNames
    {
        public IEnumerable<FacetName> Candidates(string word) => [];
    }
}
