using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Search.Facets;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// Restricts a query to the live passages (<see cref="PassageDocs"/>), less the documents an earlier kind of match
/// already took (<paramref name="except"/>). The bits are handed to the query's scorer as its accepted documents, so
/// the postings pass over the other documents before any clause, position or score is looked at; the scores are the
/// query's own.
/// </summary>
public sealed class PassageFilter(PassageDocs passages, LeafDocs? except = null) : Filter
{
    /// <summary>The query over exactly the documents of this filter.</summary>
    public LuceneQuery Restrict(LuceneQuery query) => new FilteredQuery(query, this, AlwaysRandomAccess.Instance);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var live = passages.Leaf(context);
        // The passage bits already leave out the reader's deletions; any other restriction is applied on top.
        DocIdSet set = except is null ? live : Without(live, except.For(context));
        return acceptDocs is null || ReferenceEquals(acceptDocs, context.AtomicReader.LiveDocs) ? set : BitsFilteredDocIdSet.Wrap(set, acceptDocs);
    }

    /// <summary>The documents of this filter in a segment, as a bit set of the caller's own.</summary>
    public FixedBitSet Candidates(AtomicReaderContext context)
    {
        var live = passages.Leaf(context);
        return except is null ? (FixedBitSet)live.Clone() : Without(live, except.For(context));
    }

    private static FixedBitSet Without(FixedBitSet live, FixedBitSet except)
    {
        var bits = (FixedBitSet)live.Clone();
        bits.AndNot(except);
        return bits;
    }

    /// <summary>
    /// Lucene's default switches to leap-frogging when a segment's first accepted document is not among its first
    /// 100, which would make the cost depend on where reports happen to sit in a segment.
    /// </summary>
    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly AlwaysRandomAccess Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
