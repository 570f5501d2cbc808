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
        var labels = ordinals.Dimensions[d].Labels;
        var best = limit <= FewValues ? FewBest(array, limit, accept) : AllBest(array, limit, accept);
        var result = new List<(string, int)>(best.Count);
        foreach (var ord in best) result.Add((labels[ord], array[ord]));
        return result;
    }

    /// <summary>A limit up to which the best values are kept in rank order as they are met (a response's facet size).</summary>
    private const int FewValues = 64;

    /// <summary>
    /// The best <paramref name="limit"/> ordinals in rank order, each inserted where it ranks. Ordinals are met in
    /// increasing order, so one ranks above a kept one only with a higher count (an equal count ranks it below).
    /// </summary>
    private static List<int> FewBest(int[] array, int limit, Func<int, bool>? accept)
    {
        var best = new List<int>(Math.Max(0, limit));
        if (limit <= 0) return best;
        // The count a value must exceed: 0 until the list is full, then the last kept one's.
        var worst = 0;
        // Once the list is full most values count no more than the worst kept: those are skipped several at a time.
        for (var ord = NextAbove(array, 0, worst); ord >= 0; ord = NextAbove(array, ord + 1, worst))
        {
            var count = array[ord];
            if (accept is not null && !accept(ord)) continue;
            if (best.Count == limit) best.RemoveAt(limit - 1);
            var at = best.Count;
            while (at > 0 && count > array[best[at - 1]]) at--;
            best.Insert(at, ord);
            if (best.Count == limit) worst = array[best[^1]];
        }
        return best;
    }

    /// <summary>The first ordinal from <paramref name="from"/> on whose count is above <paramref name="worst"/>, or -1.</summary>
    private static int NextAbove(int[] array, int from, int worst) =>
        array.AsSpan(from).IndexOfAnyExceptInRange(int.MinValue, worst) is var next and >= 0 ? from + next : -1;

    /// <summary>The best <paramref name="limit"/> ordinals in rank order, by sorting every counted one.</summary>
    private static List<int> AllBest(int[] array, int limit, Func<int, bool>? accept)
    {
        var all = new List<int>();
        for (var ord = 0; ord < array.Length; ord++)
            if (array[ord] != 0 && (accept is null || accept(ord))) all.Add(ord);
        all.Sort((a, b) => array[a] != array[b] ? array[b].CompareTo(array[a]) : a.CompareTo(b));
        if (all.Count > limit) all.RemoveRange(limit, all.Count - limit);
        return all;
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
