using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// Where each region value of a reader stands among the others, by global ordinal: its siblings (the values under the
/// same parent path), its parent, its last level's name and its depth. Built once per reader, so shaping the region
/// facet of a search ranks ordinals instead of cutting, grouping and sorting path strings.
/// </summary>
internal sealed class RegionLayout
{
    /// <summary>The value's parent path has no value of its own: its children are never shown.</summary>
    public const int MissingParent = -2;

    /// <summary>A top-level value (no separator): always shown.</summary>
    public const int TopLevel = -1;

    private RegionLayout(int[] siblings, int groups, int[] parents, string[] names, int[] levels)
    {
        Shallow = Enumerable.Range(0, levels.Length).Where(ord => levels[ord] <= 2).ToArray();
        Siblings = siblings;
        Groups = groups;
        Parents = parents;
        Names = names;
        Levels = levels;
    }

    /// <summary>Per value, a number shared by the values with the same parent path (the top level's is the path "").</summary>
    public int[] Siblings { get; }

    /// <summary>How many sibling numbers there are (each of <see cref="Siblings"/> is below it).</summary>
    public int Groups { get; }

    /// <summary>The values of the first two levels (the ones shown without a selection), in ordinal order.</summary>
    public int[] Shallow { get; }

    /// <summary>Per value, its parent path's ordinal, <see cref="TopLevel"/> or <see cref="MissingParent"/>.</summary>
    public int[] Parents { get; }

    /// <summary>Per value, its last level (浙江省/嘉兴市 → 嘉兴市).</summary>
    public string[] Names { get; }

    /// <summary>Per value, how many levels it has.</summary>
    public int[] Levels { get; }

    public static RegionLayout Of(DimensionOrdinals regions)
    {
        var labels = regions.Labels;
        var siblings = new int[labels.Count];
        var parents = new int[labels.Count];
        var names = new string[labels.Count];
        var levels = new int[labels.Count];
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ord = 0; ord < labels.Count; ord++)
        {
            var label = labels[ord];
            var cut = label.LastIndexOf(IndexSchema.RegionSeparator);
            var parentPath = cut >= 0 ? label[..cut] : "";
            if (!groups.TryGetValue(parentPath, out var group)) groups[parentPath] = group = groups.Count;
            siblings[ord] = group;
            parents[ord] = cut < 0 ? TopLevel : regions.OrdinalOf(parentPath) is var parent and >= 0 ? parent : MissingParent;
            names[ord] = label[(cut + 1)..];
            levels[ord] = regions.Levels[ord];
        }
        return new RegionLayout(siblings, groups.Count, parents, names, levels);
    }
}
