namespace SearchService.Core.Search.Facets;

/// <summary>
/// Counts per global ordinal for each dimension of one reader's <see cref="FacetOrdinals"/>. For a dimension with a
/// selection the counts are drill-sideways: computed as if that dimension's own selection were absent, so the
/// alternatives stay visible.
/// </summary>
public sealed class FacetCounts
{
    private readonly FacetOrdinals ordinals;
    private readonly int[][] counts;

    public FacetCounts(FacetOrdinals ordinals)
    {
        this.ordinals = ordinals;
        counts = ordinals.Dimensions.Select(d => new int[d.Labels.Count]).ToArray();
    }

    internal int[] Array(int dimension) => counts[dimension];

    internal int[] Array(string dimension) => counts[Index(dimension)];

    /// <summary>The count of one value (0 when the value is unknown or not matched).</summary>
    public int Count(string dimension, string value)
    {
        var d = Index(dimension);
        var ord = ordinals.Dimensions[d].OrdinalOf(value);
        return ord < 0 ? 0 : counts[d][ord];
    }

    /// <summary>Every value with a count above zero.</summary>
    public IReadOnlyDictionary<string, int> For(string dimension)
    {
        var d = Index(dimension);
        var labels = ordinals.Dimensions[d].Labels;
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ord = 0; ord < counts[d].Length; ord++)
            if (counts[d][ord] > 0) result[labels[ord]] = counts[d][ord];
        return result;
    }

    /// <summary>
    /// The <paramref name="limit"/> values with the highest counts (ties in ordinal order), without turning the
    /// others into strings; <paramref name="accept"/> may skip values by ordinal.
    /// </summary>
    public IReadOnlyList<(string Value, int Count)> Top(string dimension, int limit, Func<int, bool>? accept = null)
    {
        var d = Index(dimension);
        var array = counts[d];
        var best = new PriorityQueue<int, (int Count, int Ord)>(Comparer<(int Count, int Ord)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var ord = 0; ord < array.Length; ord++)
        {
            if (array[ord] == 0 || (accept is not null && !accept(ord))) continue;
            if (best.Count < limit) best.Enqueue(ord, (array[ord], ord));
            else if (best.TryPeek(out _, out var worst) && (array[ord] > worst.Count)) best.EnqueueDequeue(ord, (array[ord], ord));
        }
        var labels = ordinals.Dimensions[d].Labels;
        var result = new List<(string, int)>(best.Count);
        while (best.TryDequeue(out var ord, out _)) result.Add((labels[ord], array[ord]));
        result.Reverse();
        return result;
    }

    /// <summary>Every value with a count above zero that <paramref name="accept"/> takes (by ordinal), in ordinal order.</summary>
    public List<(string Value, int Count)> Counted(string dimension, Func<int, bool> accept)
    {
        var d = Index(dimension);
        var array = counts[d];
        var labels = ordinals.Dimensions[d].Labels;
        var result = new List<(string, int)>();
        for (var ord = 0; ord < array.Length; ord++)
            if (array[ord] > 0 && accept(ord)) result.Add((labels[ord], array[ord]));
        return result;
    }

    public void AddAll(FacetCounts other)
    {
        if (!ReferenceEquals(other.ordinals, ordinals)) throw new ArgumentException("counts of different readers cannot be added", nameof(other));
        for (var d = 0; d < counts.Length; d++)
            for (var ord = 0; ord < counts[d].Length; ord++) counts[d][ord] += other.counts[d][ord];
    }

    private int Index(string dimension) => ordinals.IndexOf(dimension);
}
