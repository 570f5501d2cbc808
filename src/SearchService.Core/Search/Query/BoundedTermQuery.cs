using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A word of the words field, scored as the <see cref="TermQuery"/> it is in every respect (its weight is Lucene's,
/// built from the same term states), that can also say how high its score can go in each block of a segment's
/// documents (<see cref="BlockMaxima"/>): a second copy of the similarity's statistics, computed and normalised as the
/// term's own weight computes them, scores the block's leading occurrences exactly as the term's scorer would.
/// </summary>
public sealed class BoundedTermQuery(Term term, BlockMaxima maxima) : TermQuery(term)
{
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        // Only BM25 is known to score a word higher the more often it stands in a shorter field, which the blocks need.
        if (searcher.Similarity is not BM25Similarity similarity) return base.CreateWeight(searcher);
        var states = TermContext.Build(searcher.TopReaderContext, Term);
        var weight = new TermQuery(Term, states) { Boost = Boost }.CreateWeight(searcher);
        var stats = similarity.ComputeWeight(Boost, searcher.CollectionStatistics(Term.Field), searcher.TermStatistics(Term, states));
        return new BoundedWeight(weight, stats, similarity, states, Term, maxima);
    }

    /// <summary>The term's own weight, and what bounds its scores.</summary>
    internal sealed class BoundedWeight(Weight weight, Similarity.SimWeight stats, Similarity similarity, TermContext states, Term term, BlockMaxima maxima) : Weight
    {
        public override Lucene.Net.Search.Query Query => weight.Query;

        public override bool ScoresDocsOutOfOrder => weight.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            weight.Normalize(norm, topLevelBoost);
            stats.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) => weight.GetScorer(context, acceptDocs);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits? acceptDocs) =>
            weight.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);

        public override Explanation Explain(AtomicReaderContext context, int doc) => weight.Explain(context, doc);

        /// <summary>
        /// The term's highest score per block of the segment; null where the segment lacks the term or the term is
        /// rare there (its few matches are scored as they come).
        /// </summary>
        public ScoreBound? Bound(AtomicReaderContext context) =>
            states.Get(context.Ord) is { } state && maxima.For(context.AtomicReader, term, state) is { } blocks
                ? new ScoreBound.Blocked(blocks, similarity.GetSimScorer(stats, context))
                : null;
    }
}
