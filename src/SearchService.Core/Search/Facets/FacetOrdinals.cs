using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// The facet values of one index reader held as plain arrays: per dimension, every value once (its global ordinal is
/// its place in <see cref="DimensionOrdinals.Labels"/>) and per segment the ordinals of each document. Counting a hit
/// is then a few array reads — reading SortedSetDocValues from the index file per hit was a third of the search time,
/// and turning every counted ordinal into a string per query another tenth. Segments are immutable, so their arrays
/// are built once per segment and shared by every later reader; only the small segment → global mapping is per reader.
/// </summary>
public sealed class FacetOrdinals
{
    private readonly Lazy<ILookup<string, string>> regionsByName;

    private FacetOrdinals(IReadOnlyList<DimensionOrdinals> dimensions, Matching.TwinGroups twins, Matching.PassageDocs passages)
    {
        Dimensions = dimensions;
        Twins = twins;
        Passages = passages;
        regionsByName = new Lazy<ILookup<string, string>>(() => Dimensions.FirstOrDefault(d => d.Name == IndexSchema.Region) is { } regions
            ? regions.Labels.ToLookup(path => path[(path.LastIndexOf(IndexSchema.RegionSeparator) + 1)..], StringComparer.Ordinal)
            : Array.Empty<string>().ToLookup(p => p));
    }

    public IReadOnlyList<DimensionOrdinals> Dimensions { get; }

    /// <summary>The reader's passages grouped by the paragraph they share with other reports (counted once).</summary>
    public Matching.TwinGroups Twins { get; }

    /// <summary>The reader's live passages, which every search is restricted to.</summary>
    public Matching.PassageDocs Passages { get; }

    /// <summary>Indexed region paths by their last level's name (平湖市 → 浙江省/嘉兴市/平湖市).</summary>
    public ILookup<string, string> RegionsByName => regionsByName.Value;

    /// <summary>Whether some document has the value in the dimension.</summary>
    public bool Has(string dimension, string value) => Dimensions.FirstOrDefault(d => d.Name == dimension) is { } d && d.OrdinalOf(value) >= 0;

    public DimensionOrdinals For(string dimension) => Dimensions[IndexOf(dimension)];

    /// <summary>The place of a dimension in <see cref="Dimensions"/>.</summary>
    public int IndexOf(string dimension)
    {
        for (var d = 0; d < Dimensions.Count; d++)
            if (Dimensions[d].Name == dimension) return d;
        throw new ArgumentException($"'{dimension}' is not a facet dimension", nameof(dimension));
    }

    internal static FacetOrdinals Build(IndexReader reader, IReadOnlyList<string> dimensions, Func<AtomicReader, string, SegmentOrdinals> segment,
        Func<AtomicReader, Matching.SegmentTwins> twins, Func<AtomicReader, FixedBitSet> passages)
    {
        var leaves = reader.Leaves;
        // Reading a segment's doc values is most of the cost (~0.8 s for 211k passages on one core); the segments and
        // dimensions are independent, and each thread gets its own doc-values instance from the reader.
        Parallel.ForEach(leaves.SelectMany(leaf => dimensions.Select(name => (leaf, name))), pair => segment(pair.leaf.AtomicReader, pair.name));
        return new FacetOrdinals(dimensions.Select(name =>
        {
            var segments = leaves.Select(leaf => segment(leaf.AtomicReader, name)).ToArray();
            var labels = segments.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
            var global = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
            for (var i = 0; i < labels.Length; i++) global[labels[i]] = i;
            var parents = name == IndexSchema.Region ? Parents(labels, global) : null;
            var leafOrdinals = segments.Select((s, i) => new LeafOrdinals(leaves[i].AtomicReader.CoreCacheKey, s, s.Labels.Select(l => global[l]).ToArray(), parents, labels.Length))
                .ToArray();
            return new DimensionOrdinals(name, labels, global, leafOrdinals, parents);
        }).ToArray(), Matching.TwinGroups.Build(reader, twins), Matching.PassageDocs.Build(reader, passages));
    }

    /// <summary>Each region path's parent path (浙江省/嘉兴市 → 浙江省), as a global ordinal; -1 when it has none among the values.</summary>
    private static int[] Parents(string[] labels, Dictionary<string, int> global)
    {
        var parents = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
            parents[i] = labels[i].LastIndexOf(IndexSchema.RegionSeparator) is var cut and > 0 && global.TryGetValue(labels[i][..cut], out var parent) ? parent : -1;
        return parents;
    }
}

/// <summary>One dimension's values over the whole reader.</summary>
public sealed class DimensionOrdinals
{
    private readonly IReadOnlyDictionary<string, int> ordinals;
    private readonly LeafOrdinals[] leaves;

    internal DimensionOrdinals(string name, string[] labels, IReadOnlyDictionary<string, int> ordinals, LeafOrdinals[] leaves, int[]? parents = null)
    {
        Name = name;
        Labels = labels;
        this.ordinals = ordinals;
        this.leaves = leaves;
        Parents = parents;
    }

    /// <summary>For nested values (regions), each value's parent as a global ordinal, -1 for none; null when values do not nest.</summary>
    internal int[]? Parents { get; }

    public string Name { get; }

    /// <summary>Every value, in ordinal order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many levels each value has, in ordinal order (浙江省/嘉兴市: 2); 1 for values that do not nest.</summary>
    public IReadOnlyList<int> Levels => levels ??= Labels.Select(label => label.Count(c => c == IndexSchema.RegionSeparator) + 1).ToArray();

    private int[]? levels;

    /// <summary>For the region dimension: each value's siblings, parent, name and depth by ordinal (built at first use).</summary>
    internal RegionLayout Layout => layout ??= RegionLayout.Of(this);

    private RegionLayout? layout;

    /// <summary>The global ordinal of a value, or -1 when no document has it.</summary>
    public int OrdinalOf(string value) => ordinals.TryGetValue(value, out var ord) ? ord : -1;

    internal LeafOrdinals Leaf(AtomicReaderContext context)
    {
        var leaf = context.Ord < leaves.Length ? leaves[context.Ord] : null;
        if (leaf is null || !ReferenceEquals(leaf.CoreKey, context.AtomicReader.CoreCacheKey))
            throw new InvalidOperationException("facet ordinals were built for a different index reader than the one searched");
        return leaf;
    }
}

/// <summary>One segment's documents → global ordinals of one dimension.</summary>
internal sealed class LeafOrdinals
{
    public LeafOrdinals(object coreKey, SegmentOrdinals segment, int[] toGlobal, int[]? parents, int labels)
    {
        CoreKey = coreKey;
        Segment = segment;
        // Per reader, the segment's ordinals already mapped to global ones: counting a hit is then one array read
        // per value instead of two.
        GlobalOrdinals = new int[segment.Ordinals.Length];
        for (var i = 0; i < GlobalOrdinals.Length; i++) GlobalOrdinals[i] = toGlobal[segment.Ordinals[i]];
        Deepest = Chains(segment.Starts, GlobalOrdinals, parents, labels);
        if (Deepest is null && labels <= 32) Sets = Masks(segment.Starts, GlobalOrdinals);
    }

    /// <summary>
    /// For a dimension of at most 32 values whose documents have several (themes) and so no <see cref="Deepest"/>:
    /// each document's values as the bits of one number, read once per match instead of a start and the ordinals.
    /// </summary>
    public uint[]? Sets { get; }

    private static uint[] Masks(int[] starts, int[] ordinals)
    {
        var masks = new uint[starts.Length - 1];
        for (var doc = 0; doc < masks.Length; doc++)
            for (var i = starts[doc]; i < starts[doc + 1]; i++) masks[doc] |= 1u << ordinals[i];
        return masks;
    }

    /// <summary>
    /// When each document's values are one chain — its only value, or a region and every level above it — the last
    /// of that chain per document (<c>labels</c>, one past the last ordinal, for a document without a value); null
    /// otherwise. Counting a match is then one read of two bytes, and each counted value passes its count up to the
    /// levels above it once per search: a document's values lay in two arrays per dimension, read for every match,
    /// and those reads were most of the cost of counting facets (a query matches a fifth of the passages).
    /// </summary>
    public ushort[]? Deepest { get; }

    private static ushort[]? Chains(int[] starts, int[] ordinals, int[]? parents, int labels)
    {
        if (labels >= ushort.MaxValue) return null;
        var docs = starts.Length - 1;
        var deepest = new ushort[docs];
        for (var doc = 0; doc < docs; doc++)
        {
            var values = ordinals.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);
            if (values.Length == 0)
            {
                deepest[doc] = (ushort)labels;
                continue;
            }
            var last = -1;
            foreach (var value in values)
                if (IsChain(value, values, parents)) last = value;
            if (last < 0) return null;
            deepest[doc] = (ushort)last;
        }
        return deepest;
    }

    /// <summary>Whether the values are exactly <paramref name="value"/> and the levels above it.</summary>
    private static bool IsChain(int value, ReadOnlySpan<int> values, int[]? parents)
    {
        var length = 0;
        for (var at = value; at >= 0; at = parents is null ? -1 : parents[at])
        {
            if (++length > values.Length || !values.Contains(at)) return false;
        }
        return length == values.Length;
    }

    public object CoreKey { get; }

    public SegmentOrdinals Segment { get; }

    /// <summary>The ordinals of document <c>d</c> are <c>GlobalOrdinals[Segment.Starts[d]..Segment.Starts[d + 1]]</c>.</summary>
    public int[] GlobalOrdinals { get; }
}

/// <summary>
/// A segment's values of one dimension: the ordinals of document <c>d</c> are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>,
/// indexes into <see cref="Labels"/>.
/// </summary>
internal sealed class SegmentOrdinals(string[] labels, int[] starts, int[] ordinals)
{
    public string[] Labels { get; } = labels;

    public int[] Starts { get; } = starts;

    public int[] Ordinals { get; } = ordinals;

    /// <param name="missing">
    /// The label of documents without a value (the year facet's 未注明), which then count like any value; null: such
    /// documents have no ordinal.
    /// </param>
    public static SegmentOrdinals Read(AtomicReader reader, string field, string? missing = null)
    {
        var values = reader.GetSortedSetDocValues(field);
        var starts = new int[reader.MaxDoc + 1];
        if (values is null && missing is null) return new SegmentOrdinals([], starts, []);

        var count = values is null ? 0 : checked((int)values.ValueCount);
        var labels = new string[count + (missing is null ? 0 : 1)];
        var term = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            values!.LookupOrd(ord, term);
            labels[ord] = term.Utf8ToString();
        }
        if (missing is not null) labels[count] = missing;
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            if (values is not null)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ordinals.Add((int)ord);
            }
            if (missing is not null && ordinals.Count == starts[doc]) ordinals.Add(count);
        }
        starts[reader.MaxDoc] = ordinals.Count;
        return new SegmentOrdinals(labels, starts, ordinals.ToArray());
    }
}

/// <summary>
/// Keeps the <see cref="FacetOrdinals"/> of the readers in use and the arrays of their segments, for as long as the
/// readers live (weak keys: a reader the SearcherManager has dropped takes its entry with it).
/// </summary>
public sealed class FacetOrdinalCache(IReadOnlyList<string> dimensions)
{
    private readonly ConditionalWeakTable<IndexReader, Lazy<FacetOrdinals>> readers = new();
    private readonly ConditionalWeakTable<object, Lazy<SegmentOrdinals>[]> segments = new();
    private readonly ConditionalWeakTable<object, Lazy<Matching.SegmentTwins>> twins = new();
    private readonly ConditionalWeakTable<object, FixedBitSet> passages = new();

    public FacetOrdinals For(IndexReader reader) =>
        readers.GetValue(reader, r => new Lazy<FacetOrdinals>(() => FacetOrdinals.Build(r, dimensions, Segment, Twins, Passages))).Value;

    private FixedBitSet Passages(AtomicReader reader) => passages.GetValue(reader.CoreCacheKey, _ => Matching.PassageDocs.Read(reader));

    private Matching.SegmentTwins Twins(AtomicReader reader) =>
        twins.GetValue(reader.CoreCacheKey, _ => new Lazy<Matching.SegmentTwins>(() => Matching.SegmentTwins.Read(reader))).Value;

    private SegmentOrdinals Segment(AtomicReader reader, string dimension)
    {
        var perDimension = segments.GetValue(reader.CoreCacheKey, _ =>
            dimensions.Select(d => new Lazy<SegmentOrdinals>(() => SegmentOrdinals.Read(reader, d, d == IndexSchema.Year ? IndexSchema.NoYear : null))).ToArray());
        for (var d = 0; d < dimensions.Count; d++)
            if (dimensions[d] == dimension) return perDimension[d].Value;
        throw new ArgumentException($"'{dimension}' is not a facet dimension", nameof(dimension));
    }
}
