using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Facets;

/// <summary>A set of documents of one reader, a bit set per segment (allocated when first written).</summary>
public sealed class LeafDocs(IndexReader reader)
{
    private readonly FixedBitSet?[] leaves = new FixedBitSet?[reader.Leaves.Count];

    internal FixedBitSet For(AtomicReaderContext context) =>
        leaves[context.Ord] ??= new FixedBitSet(context.AtomicReader.MaxDoc);
}
