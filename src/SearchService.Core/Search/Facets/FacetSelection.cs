namespace SearchService.Core.Search.Facets;

/// <summary>Selected values per facet dimension: values of one dimension are ORed, dimensions ANDed.</summary>
public sealed record FacetSelection(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public static FacetSelection None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public bool IsEmpty => Values.All(v => v.Value.Count == 0);

    public IReadOnlyList<string> For(string dimension) => Values.TryGetValue(dimension, out var v) ? v : [];

    /// <summary>The same selection with one dimension's values replaced.</summary>
    public FacetSelection With(string dimension, IReadOnlyList<string> values)
    {
        var copy = Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy[dimension] = values;
        return new FacetSelection(copy);
    }
}
