using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// One pass over the documents matching the query without facet filters. A document that satisfies every selected
/// dimension is a hit: it goes to <paramref name="hits"/> and is counted in every dimension. A document that fails
/// exactly one selected dimension D is counted in D only — that is drill-sideways: D's counts are those D would have
/// without its own selection. Counting is per segment by ordinal, then mapped to strings once per segment.
/// </summary>
public sealed class DrillSidewaysCollector(
    IReadOnlyList<string> dimensions,
    FacetSelection selection,
    ICollector hits,
    TimeSpan? budget = null) : ICollector
{
    private readonly FacetCounts counts = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private Leaf? leaf;
    private int collected;

    public FacetCounts Counts
    {
        get
        {
            Flush();
            return counts;
        }
    }

    /// <summary>Documents that satisfied every selection.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        leaf = new Leaf(context.AtomicReader, dimensions, selection);
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if ((++collected & 0x3FF) == 0 && budget is { } limit && clock.Elapsed > limit)
            throw new SearchTimeoutException(limit);
        var current = leaf!;
        var failed = -1;
        for (var d = 0; d < current.Dimensions.Length; d++)
        {
            var dim = current.Dimensions[d];
            if (dim.Selected is null || dim.Matches(doc)) continue;
            if (failed >= 0) return;
            failed = d;
        }
        if (failed >= 0)
        {
            current.Dimensions[failed].Count(doc);
            return;
        }
        TotalHits++;
        hits.Collect(doc);
        foreach (var dim in current.Dimensions) dim.Count(doc);
    }

    private void Flush()
    {
        if (leaf is null) return;
        foreach (var dim in leaf.Dimensions) dim.FlushInto(counts);
        leaf = null;
    }

    private sealed class Leaf
    {
        public Leaf(AtomicReader reader, IReadOnlyList<string> dimensions, FacetSelection selection) =>
            Dimensions = dimensions.Select(name => new Dimension(name, reader.GetSortedSetDocValues(name), selection.For(name))).ToArray();

        public Dimension[] Dimensions { get; }
    }

    private sealed class Dimension
    {
        private readonly string name;
        private readonly SortedSetDocValues? values;
        private readonly int[] ordinalCounts;

        public Dimension(string name, SortedSetDocValues? values, IReadOnlyList<string> selected)
        {
            this.name = name;
            this.values = values;
            ordinalCounts = new int[values is null ? 0 : checked((int)values.ValueCount)];
            if (selected.Count == 0) return;
            // A selected value absent from this segment selects nothing here, but the dimension is still filtered.
            Selected = new HashSet<long>();
            if (values is null) return;
            foreach (var value in selected)
            {
                var ord = values.LookupTerm(new BytesRef(value));
                if (ord >= 0) Selected.Add(ord);
            }
        }

        public HashSet<long>? Selected { get; }

        public bool Matches(int doc)
        {
            if (values is null || Selected!.Count == 0) return false;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                if (Selected.Contains(ord)) return true;
            return false;
        }

        public void Count(int doc)
        {
            if (values is null) return;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                ordinalCounts[ord]++;
        }

        public void FlushInto(FacetCounts counts)
        {
            if (values is null) return;
            var term = new BytesRef();
            for (var ord = 0; ord < ordinalCounts.Length; ord++)
            {
                if (ordinalCounts[ord] == 0) continue;
                values.LookupOrd(ord, term);
                counts.Add(name, term.Utf8ToString(), ordinalCounts[ord]);
            }
        }
    }
}
