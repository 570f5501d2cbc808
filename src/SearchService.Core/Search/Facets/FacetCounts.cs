namespace SearchService.Core.Search.Facets;

/// <summary>
/// Value → count per dimension. For a dimension with a selection the counts are drill-sideways: computed as if that
/// dimension's own selection were absent, so the alternatives stay visible.
/// </summary>
public sealed class FacetCounts
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> For(string dimension) =>
        counts.TryGetValue(dimension, out var d) ? d : new Dictionary<string, int>();

    public void Add(string dimension, string value, int count)
    {
        if (!counts.TryGetValue(dimension, out var d)) counts[dimension] = d = new Dictionary<string, int>(StringComparer.Ordinal);
        d[value] = d.GetValueOrDefault(value) + count;
    }

    public void AddAll(FacetCounts other)
    {
        foreach (var (dimension, values) in other.counts)
            foreach (var (value, count) in values) Add(dimension, value, count);
    }
}
