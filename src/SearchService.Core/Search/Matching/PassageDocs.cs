using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// The live passages of one index reader, a bit set per segment: what every search is restricted to (reports and
/// source fingerprints are documents of the index too). Checked where the postings are read, it costs a bit test per
/// candidate; as a MUST_NOT of the other kinds it was a third of the cost of counting a query's matches.
/// </summary>
public sealed class PassageDocs
{
    private readonly (object CoreKey, FixedBitSet Live)[] leaves;

    private PassageDocs((object, FixedBitSet)[] leaves) => this.leaves = leaves;

    /// <summary>The live passages of a segment of this reader.</summary>
    public FixedBitSet Leaf(AtomicReaderContext context)
    {
        var leaf = context.Ord < leaves.Length ? leaves[context.Ord] : default;
        if (leaf.Live is null || !ReferenceEquals(leaf.CoreKey, context.AtomicReader.CoreCacheKey))
            throw new InvalidOperationException("passage sets were built for a different index reader than the one searched");
        return leaf.Live;
    }

    /// <param name="segment">A segment's passages, deletions aside (kept per segment core, which outlives deletions).</param>
    internal static PassageDocs Build(IndexReader reader, Func<AtomicReader, FixedBitSet> segment) =>
        new(reader.Leaves.Select(context =>
        {
            var passages = segment(context.AtomicReader);
            if (context.AtomicReader.LiveDocs is not { } live) return (context.AtomicReader.CoreCacheKey, passages);
            var alive = (FixedBitSet)passages.Clone();
            for (var doc = alive.NextSetBit(0); doc >= 0; doc = doc + 1 < alive.Length ? alive.NextSetBit(doc + 1) : -1)
                if (!live.Get(doc)) alive.Clear(doc);
            return (context.AtomicReader.CoreCacheKey, alive);
        }).ToArray());

    /// <summary>A segment's passage documents, read from the postings of the kind field.</summary>
    internal static FixedBitSet Read(AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        var docs = reader.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.PassageKind));
        if (docs is null) return bits;
        for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
        return bits;
    }
}
