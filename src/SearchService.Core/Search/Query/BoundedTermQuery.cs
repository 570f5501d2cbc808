using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A word of the words field, scored as the <see cref="TermQuery"/> it is in every respect (its weight is Lucene's,
/// built from the same term states), that can also say how high its score can go in each block of a segment's
/// documents (<see cref="BlockMaxima"/>): a second copy of the similarity's statistics, computed and normalised as the
/// term's own weight computes them, scores the word's postings exactly as the term's scorer would when its blocks are built.
/// </summary>
public sealed class BoundedTermQuery(Term term, BlockMaxima maxima) : TermQuery(term)
{
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        // Only BM25 is known to score a word higher the more often it stands in a shorter field, which the blocks need.
        if (searcher.Similarity is not BM25Similarity similarity) return base.CreateWeight(searcher);
        var states = TermContext.Build(searcher.TopReaderContext, Term);
        var weight = new TermQuery(Term, states) { Boost = Boost }.CreateWeight(searcher);
        return new BoundedWeight(weight, searcher, similarity, states, this, maxima);
    }

    /// <summary>The term's own weight, and what bounds its scores.</summary>
    internal sealed class BoundedWeight(Weight weight, IndexSearcher searcher, Similarity similarity, TermContext states, TermQuery query, BlockMaxima maxima) : Weight
    {
        private (float Norm, float TopLevelBoost) normalized = (1f, 1f);
        private Similarity.SimWeight? stats;
        private (long, long) fieldLength;

        /// <summary>
        /// The similarity's statistics of the term as its own weight computed and normalised them, computed only when a
        /// bound is first asked for (a pass that only counts, or sorts by something else, never asks).
        /// </summary>
        private Similarity.SimWeight Stats
        {
            get
            {
                if (stats is not null) return stats;
                var collection = searcher.CollectionStatistics(query.Term.Field);
                fieldLength = (collection.SumTotalTermFreq, collection.DocCount);
                stats = similarity.ComputeWeight(query.Boost, collection, searcher.TermStatistics(query.Term, states));
                stats.Normalize(normalized.Norm, normalized.TopLevelBoost);
                return stats;
            }
        }

        public override Lucene.Net.Search.Query Query => weight.Query;

        public override bool ScoresDocsOutOfOrder => weight.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            weight.Normalize(norm, topLevelBoost);
            normalized = (norm, topLevelBoost);
            stats?.Normalize(norm, topLevelBoost);
        }

        /// <summary>The term's scorer, able to tell its bound (a clause of a conjunction is asked through its scorer).</summary>
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            weight.GetScorer(context, acceptDocs) is { } scorer ? new BoundedTermScorer(this, scorer, context) : null;

        /// <summary>The term's own scorer, for a scorer that asks for the bound itself (<see cref="WordQuery"/>).</summary>
        public Scorer? TermScorer(AtomicReaderContext context, IBits? acceptDocs) => weight.GetScorer(context, acceptDocs);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits? acceptDocs) =>
            weight.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);

        public override Explanation Explain(AtomicReaderContext context, int doc) => weight.Explain(context, doc);

        /// <summary>
        /// The term's highest score per block of the segment; null where the segment lacks the term or the term is
        /// rare there (its few matches are scored as they come).
        /// </summary>
        public ScoreBound? Bound(AtomicReaderContext context)
        {
            if (states.Get(context.Ord) is not { } state) return null;
            var scorer = similarity.GetSimScorer(Stats, context);
            return maxima.For(context.AtomicReader, query.Term, state, fieldLength, scorer) is { } blocks
                ? new ScoreBound.Blocked(blocks.Multiples, blocks.Unit(scorer))
                : null;
        }
    }

    /// <summary>Lucene's term scorer, and the term's bound in its segment.</summary>
    private sealed class BoundedTermScorer(BoundedWeight weight, Scorer scorer, AtomicReaderContext context) : Scorer(weight), IBoundedScorer
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override float GetScore() => scorer.GetScore();

        public override long GetCost() => scorer.GetCost();

        public ScoreBound? Bound() => weight.Bound(context);
    }
}
