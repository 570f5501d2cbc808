using System.Diagnostics;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// One pass over the documents matching the query without facet filters. A document that satisfies every selected
/// dimension is a hit: it goes to <paramref name="hits"/> and is counted in every dimension. A document that fails
/// exactly one selected dimension D is counted in D only — that is drill-sideways: D's counts are those D would have
/// without its own selection. Counting reads the in-memory <see cref="FacetOrdinals"/> of the reader searched. With
/// <paramref name="countFacets"/> false it only filters (matches that the facets do not describe). A passage whose
/// paragraph also stands in another report (<see cref="Matching.TwinGroups"/>) is a hit once: the first of its group
/// is counted and collected, the others only counted in the facets (each is its own report's passage, so selecting
/// that report's organisation finds it), and a group counts once under each value, as selecting that value would
/// count it. <paramref name="record"/> notes every document the query matched (before the facet selection), so a
/// later kind of match can leave them out (<see cref="Matching.PassageFilter"/>) without evaluating this query again.
/// </summary>
public sealed class DrillSidewaysCollector(
    FacetOrdinals ordinals,
    FacetSelection selection,
    ICollector hits,
    TimeSpan? budget = null,
    bool countFacets = true,
    LeafDocs? record = null) : ICollector
{
    private FixedBitSet? recording;

    // A collector that counts no facets never touches the counts: no arrays of every value for it (the title and
    // related kinds of match, the counted title matches), which were ~19 KB to allocate and clear for each at 35k passages.
    private FacetCounts? counts = countFacets ? new(ordinals) : null;
    private readonly Dimension[] dimensions = ordinals.Dimensions.Select(d => new Dimension(d, selection.For(d.Name))).ToArray();
    private readonly bool filtered = !selection.IsEmpty;
    private readonly long budgetTicks = budget is { } b ? (long)(b.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    private readonly long started = Stopwatch.GetTimestamp();
    private int collected;
    private int[] twinOf = [];
    private bool[]? twinSeen;

    /// <summary>
    /// Hits of the current segment whose values are still to be counted: counting a block of them one dimension at a
    /// time keeps each dimension's arrays in cache, where counting each hit across the dimensions as it came did not.
    /// Where a segment's values are chains (<see cref="LeafOrdinals.Deepest"/>), only the last of each hit's chain is
    /// counted here, and the counts pass up to the levels above once, when the counts are read.
    /// </summary>
    private readonly int[] pending = new int[PendingHits];
    private int pendingCount;
    private const int PendingHits = 256;

    public FacetCounts Counts
    {
        get
        {
            CountPending();
            if (counts is null) return counts = new FacetCounts(ordinals);
            foreach (var dimension in dimensions) dimension.AddDeepest();
            return counts;
        }
    }

    /// <summary>Documents that satisfied every selection.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        CountPending();
        for (var d = 0; d < dimensions.Length; d++) dimensions[d].SetLeaf(context, counts is null ? [] : counts.Array(d));
        twinOf = ordinals.Twins.Leaf(context);
        recording = record?.For(context);
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if ((++collected & 0x3FF) == 0 && budgetTicks != long.MaxValue && Stopwatch.GetTimestamp() - started > budgetTicks)
            throw new SearchTimeoutException(budget!.Value);
        recording?.Set(doc);
        if (filtered)
        {
            var failed = -1;
            for (var d = 0; d < dimensions.Length; d++)
            {
                var dim = dimensions[d];
                if (dim.Selected is null || dim.Matches(doc)) continue;
                if (failed >= 0) return;
                failed = d;
            }
            if (failed >= 0)
            {
                if (countFacets) dimensions[failed].Count(doc, twinOf[doc]);
                return;
            }
        }
        var twin = twinOf[doc];
        if (twin >= 0)
        {
            twinSeen ??= new bool[ordinals.Twins.Count];
            var repeat = twinSeen[twin];
            twinSeen[twin] = true;
            if (repeat)
            {
                if (countFacets)
                    for (var d = 0; d < dimensions.Length; d++) dimensions[d].Count(doc, twin);
                return;
            }
        }
        TotalHits++;
        hits.Collect(doc);
        if (!countFacets) return;
        if (twin >= 0)
        {
            for (var d = 0; d < dimensions.Length; d++) dimensions[d].Count(doc, twin);
            return;
        }
        pending[pendingCount++] = doc;
        if (pendingCount == PendingHits) CountPending();
    }

    private void CountPending()
    {
        if (pendingCount == 0) return;
        var docs = pending.AsSpan(0, pendingCount);
        for (var d = 0; d < dimensions.Length; d++) dimensions[d].CountAll(docs);
        pendingCount = 0;
    }

    private sealed class Dimension
    {
        private readonly DimensionOrdinals ordinals;
        private int[] starts = [];
        private int[] docOrdinals = [];
        private ushort[]? deepest;
        private uint[]? sets;
        private int[] counts = [];
        private int[]? deepestCounts;
        private HashSet<long>? twinValuesCounted;

        public Dimension(DimensionOrdinals ordinals, IReadOnlyList<string> selected)
        {
            this.ordinals = ordinals;
            if (selected.Count == 0) return;
            // A selected value no document has selects nothing, but the dimension is still filtered.
            Selected = new bool[ordinals.Labels.Count];
            foreach (var value in selected)
                if (ordinals.OrdinalOf(value) is var ord and >= 0) Selected[ord] = true;
        }

        public bool[]? Selected { get; }

        public void SetLeaf(AtomicReaderContext context, int[] dimensionCounts)
        {
            var leaf = ordinals.Leaf(context);
            starts = leaf.Segment.Starts;
            docOrdinals = leaf.GlobalOrdinals;
            deepest = leaf.Deepest;
            sets = leaf.Sets;
            counts = dimensionCounts;
        }

        public bool Matches(int doc)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
                if (Selected![docOrdinals[i]]) return true;
            return false;
        }

        /// <summary>Counts the values of documents that stand in no twin group.</summary>
        public void CountAll(ReadOnlySpan<int> docs)
        {
            if (deepest is { } last)
            {
                // One slot past the values for documents without one.
                var perValue = deepestCounts ??= new int[ordinals.Labels.Count + 1];
                foreach (var doc in docs) perValue[last[doc]]++;
                return;
            }
            var counts = this.counts;
            if (sets is { } valuesOf)
            {
                foreach (var doc in docs)
                    for (var values = valuesOf[doc]; values != 0; values &= values - 1) counts[BitOperations.TrailingZeroCount(values)]++;
                return;
            }
            var starts = this.starts;
            var docOrdinals = this.docOrdinals;
            foreach (var doc in docs)
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) counts[docOrdinals[i]]++;
        }

        /// <summary>Adds the counts of the chains' last values to them and to every level above them, once.</summary>
        public void AddDeepest()
        {
            if (deepestCounts is not { } perValue) return;
            var parents = ordinals.Parents;
            for (var value = 0; value < perValue.Length - 1; value++)
            {
                var count = perValue[value];
                if (count == 0) continue;
                for (var at = value; at >= 0; at = parents is null ? -1 : parents[at]) counts[at] += count;
                perValue[value] = 0;
            }
        }

        public void Count(int doc, int twin)
        {
            if (twin < 0)
            {
                for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[docOrdinals[i]]++;
                return;
            }
            twinValuesCounted ??= [];
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
                if (twinValuesCounted.Add(((long)twin << 32) | (uint)docOrdinals[i])) counts[docOrdinals[i]]++;
        }
    }
}
