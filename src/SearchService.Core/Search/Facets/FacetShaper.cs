using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>Facet counts → the values a response shows.</summary>
public static class FacetShaper
{
    /// <summary>
    /// The top <paramref name="limit"/> values of each facet, and every selected value even at 0 (years: see
    /// <see cref="Years"/>). Regions nest: the
    /// first two levels always, deeper levels below a selected region (drill-down), each parent's top children.
    /// </summary>
    public static SearchFacets Shape(FacetCounts counts, FacetOrdinals ordinals, FacetSelection selection, int limit)
    {
        IReadOnlyList<FacetValue> Flat(string dimension)
        {
            var selected = selection.For(dimension);
            // Top already ranks by count, then value (ordinals are in value order).
            if (selected.Count == 0) return counts.Top(dimension, limit).Select(v => new FacetValue(v.Value, v.Count, false)).ToList();
            var values = counts.Top(dimension, limit).ToList();
            foreach (var s in selected)
                if (!values.Any(v => v.Value == s)) values.Add((s, counts.Count(dimension, s)));
            return values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => new FacetValue(v.Value, v.Count, selected.Contains(v.Value)))
                .ToList();
        }

        var selectedRegions = selection.For(IndexSchema.Region);
        var regions = selectedRegions.Count == 0 ? Regions(counts, ordinals.For(IndexSchema.Region), limit) : RegionsByPath(counts, ordinals, selectedRegions, limit);
        return new SearchFacets(Flat(IndexSchema.Organisation), regions, Flat(IndexSchema.Theme), Years(counts, selection, limit));
    }

    /// <summary>
    /// The regions shown when none is selected, ranked by ordinal (<see cref="RegionLayout"/>): the first two levels
    /// (every level for <see cref="SearchRequest.AllFacetValues"/>), each parent's top <paramref name="limit"/> children
    /// by count, then name — labels are in ordinal string order, so a lower ordinal is the lower name — and of those the
    /// ones whose parent is shown, in path order. The same values as <see cref="RegionsByPath"/> without a selection.
    /// </summary>
    internal static IReadOnlyList<FacetValue> Regions(FacetCounts counts, DimensionOrdinals regions, int limit)
    {
        var counted = counts.Array(IndexSchema.Region);
        var layout = regions.Layout;
        var (siblings, parents, levels) = (layout.Siblings, layout.Parents, layout.Levels);
        var all = limit == SearchRequest.AllFacetValues;
        var candidates = new List<int>();
        var groupSizes = new int[layout.Groups];
        // Without every level asked for, only the first two levels' values are looked at (a tenth of them at 35,000 passages).
        var scan = all ? null : layout.Shallow;
        var scanned = scan?.Length ?? counted.Length;
        for (var i = 0; i < scanned; i++)
        {
            var ord = scan is null ? i : scan[i];
            if (counted[ord] > 0)
            {
                candidates.Add(ord);
                groupSizes[siblings[ord]]++;
            }
        }
        // A parent with no more counted children than the limit shows them all; only the crowded groups (the
        // provinces, a province with many cities) are ranked.
        var kept = new bool[counted.Length];
        var crowded = new List<int>();
        foreach (var ord in candidates)
            if (groupSizes[siblings[ord]] <= limit) kept[ord] = true;
            else crowded.Add(ord);
        crowded.Sort((a, b) => siblings[a] != siblings[b] ? siblings[a].CompareTo(siblings[b])
            : counted[a] != counted[b] ? counted[b].CompareTo(counted[a])
            : a.CompareTo(b));
        for (int i = 0, rank = 0; i < crowded.Count; i++)
        {
            rank = i > 0 && siblings[crowded[i]] == siblings[crowded[i - 1]] ? rank + 1 : 0;
            if (rank < limit) kept[crowded[i]] = true;
        }
        var shown = new List<FacetValue>(candidates.Count);
        // Candidates are in ordinal order, so in path order.
        foreach (var ord in candidates)
        {
            if (!kept[ord]) continue;
            var parent = parents[ord];
            if (parent == RegionLayout.TopLevel || (parent >= 0 && kept[parent]))
                shown.Add(new FacetValue(layout.Names[ord], counted[ord], false, regions.Labels[ord], levels[ord]));
        }
        return shown;
    }

    /// <summary>
    /// The regions shown with a selection: the first two levels, deeper levels below a selected region (drill-down),
    /// each parent's top <paramref name="limit"/> children and every selected region, by path.
    /// </summary>
    internal static IReadOnlyList<FacetValue> RegionsByPath(FacetCounts counts, FacetOrdinals ordinals, IReadOnlyCollection<string> selected, int limit)
    {
        var selectedRegions = selected.ToHashSet(StringComparer.Ordinal);
        var regionValues = ordinals.For(IndexSchema.Region);
        var labels = regionValues.Labels;
        var levels = regionValues.Levels;
        var regionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Shown(int ord)
        {
            if (levels[ord] <= 2 || limit == SearchRequest.AllFacetValues) return true;
            if (selectedRegions.Count == 0) return false;
            var path = labels[ord];
            var parent = path[..path.LastIndexOf(IndexSchema.RegionSeparator)];
            return selectedRegions.Any(s => s == parent || s.StartsWith(parent + IndexSchema.RegionSeparator, StringComparison.Ordinal));
        }
        // Every shown region with a count: the order they are gathered in does not matter, each parent's children
        // are ranked below (by count, then name: no ties), so no heap over all of them is needed.
        foreach (var (value, count) in counts.Counted(IndexSchema.Region, Shown))
            regionCounts[value] = count;
        foreach (var s in selectedRegions) regionCounts.TryAdd(s, counts.Count(IndexSchema.Region, s));
        var regions = regionCounts
            .GroupBy(v => v.Key.LastIndexOf(IndexSchema.RegionSeparator) is var cut and >= 0 ? v.Key[..cut] : "")
            .SelectMany(siblings => siblings
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Where((v, i) => i < limit || selectedRegions.Contains(v.Key)))
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .ToList();
        var kept = regions.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var shown = regions
            .Where(v => v.Key.LastIndexOf(IndexSchema.RegionSeparator) is var cut && (cut < 0 || kept.Contains(v.Key[..cut])))
            .Select(v =>
            {
                var levels = v.Key.Split(IndexSchema.RegionSeparator);
                return new FacetValue(levels[^1], v.Value, selectedRegions.Contains(v.Key), v.Key, levels.Length);
            })
            .ToList();
        return shown;
    }

    /// <summary>
    /// The <paramref name="limit"/> years with the most matches, newest first, then the passages without a date
    /// (<see cref="IndexSchema.NoYear"/>); selected years always, and the years of a selected range are marked selected.
    /// </summary>
    private static IReadOnlyList<FacetValue> Years(FacetCounts counts, FacetSelection selection, int limit)
    {
        var selected = selection.For(IndexSchema.Year);
        var values = counts.Top(IndexSchema.Year, limit).ToList();
        foreach (var s in selected)
            if (!values.Any(v => v.Value == s) && counts.Count(IndexSchema.Year, s) is var count and > 0) values.Add((s, count));
        return values
            .OrderBy(v => v.Value == IndexSchema.NoYear)
            .ThenByDescending(v => v.Value, StringComparer.Ordinal)
            .Select(v => new FacetValue(v.Value, v.Count, selected.Contains(v.Value)))
            .ToList();
    }
}
