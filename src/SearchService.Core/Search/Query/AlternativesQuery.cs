using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A word's alternatives (its synonyms, the facet value it names, its report's title): a
/// <see cref="DisjunctionMaxQuery"/> in every respect (string, weights, normalisation, explanations), scored when a
/// score is asked for instead of on every document it moves to. Lucene's scorer adds up its alternatives' scores each
/// time it lands on a document, so a pass that only counts (the title matches, a correction's check) and a
/// conjunction that moves it to documents another word then rejects paid for scores nobody read. The sum is taken
/// over the same alternatives in the same order (the heap's, which does not change between landing on a document and
/// scoring it), so scores are bit for bit Lucene's.
/// </summary>
public sealed class AlternativesQuery(IEnumerable<LuceneQuery> alternatives, float tieBreaker) : DisjunctionMaxQuery(alternatives.ToList(), tieBreaker)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new AlternativesWeight(this, searcher);

    private sealed class AlternativesWeight(AlternativesQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
                if (weight.GetScorer(context, acceptDocs) is { } scorer) scorers.Add(scorer);
            return scorers.Count == 0 ? null : new AlternativesScorer(this, query.TieBreakerMultiplier, scorers.ToArray());
        }
    }

    /// <summary>
    /// The alternatives in a min-heap by their current document, as Lucene's disjunction keeps them: the top is the
    /// document the disjunction stands on, and every alternative standing there too is found from the top down.
    /// </summary>
    private sealed class AlternativesScorer : Scorer, IBoundedScorer
    {
        private readonly Scorer[] heap;
        private readonly float tieBreaker;
        private int size;
        private int doc = -1;
        private int scoredDoc = -1;
        private float score;
        private int freq;

        public AlternativesScorer(Weight weight, float tieBreaker, Scorer[] scorers) : base(weight)
        {
            heap = scorers;
            size = scorers.Length;
            this.tieBreaker = tieBreaker;
            for (var i = (size >> 1) - 1; i >= 0; i--) SiftDown(i);
        }

        public override int DocID => doc;

        /// <summary>Every alternative's bound, combined as the scores are (asked before any has moved, so all are still in the heap).</summary>
        public ScoreBound? Bound()
        {
            if (tieBreaker is < 0f or > 1f) return null;
            var parts = new ScoreBound[size];
            for (var i = 0; i < size; i++)
                if (ScoreBound.Of(heap[i]) is { } part) parts[i] = part;
                else return null;
            return new ScoreBound.Alternatives(parts, tieBreaker);
        }

        public override long GetCost()
        {
            long sum = 0;
            for (var i = 0; i < size; i++) sum += heap[i].GetCost();
            return sum;
        }

        public override int NextDoc()
        {
            while (true)
            {
                if (heap[0].NextDoc() != NO_MORE_DOCS) SiftDown(0);
                else if (!RemoveTop()) return doc = NO_MORE_DOCS;
                if (heap[0].DocID != doc) return doc = heap[0].DocID;
            }
        }

        public override int Advance(int target)
        {
            while (true)
            {
                if (heap[0].Advance(target) != NO_MORE_DOCS) SiftDown(0);
                else if (!RemoveTop()) return doc = NO_MORE_DOCS;
                if (heap[0].DocID >= target) return doc = heap[0].DocID;
            }
        }

        public override float GetScore()
        {
            Score();
            return score;
        }

        public override int Freq
        {
            get
            {
                Score();
                return freq;
            }
        }

        /// <summary>The best alternative's score plus the others' times the tie breaker, summed top down as Lucene sums them.</summary>
        private void Score()
        {
            if (scoredDoc == doc) return;
            scoredDoc = doc;
            var sum = heap[0].GetScore();
            var max = sum;
            freq = 1;
            Add(1, ref sum, ref max);
            Add(2, ref sum, ref max);
            score = max + (sum - max) * tieBreaker;
        }

        private void Add(int at, ref float sum, ref float max)
        {
            if (at >= size || heap[at].DocID != doc) return;
            var sub = heap[at].GetScore();
            freq++;
            sum += sub;
            max = Math.Max(max, sub);
            Add((at << 1) + 1, ref sum, ref max);
            Add((at << 1) + 2, ref sum, ref max);
        }

        private bool RemoveTop()
        {
            if (size == 1)
            {
                heap[0] = null!;
                size = 0;
                return false;
            }
            heap[0] = heap[size - 1];
            heap[--size] = null!;
            SiftDown(0);
            return true;
        }

        /// <summary>Moves the alternative at <paramref name="root"/> down until no child stands on an earlier document.</summary>
        private void SiftDown(int root)
        {
            var scorer = heap[root];
            var at = scorer.DocID;
            var i = root;
            while (i <= (size >> 1) - 1)
            {
                var left = (i << 1) + 1;
                var leftScorer = heap[left];
                var leftDoc = leftScorer.DocID;
                var right = left + 1;
                var rightDoc = int.MaxValue;
                Scorer? rightScorer = null;
                if (right < size)
                {
                    rightScorer = heap[right];
                    rightDoc = rightScorer.DocID;
                }
                if (leftDoc < at)
                {
                    if (rightDoc < leftDoc)
                    {
                        heap[i] = rightScorer!;
                        heap[right] = scorer;
                        i = right;
                    }
                    else
                    {
                        heap[i] = leftScorer;
                        heap[left] = scorer;
                        i = left;
                    }
                }
                else if (rightDoc < at)
                {
                    heap[i] = rightScorer!;
                    heap[right] = scorer;
                    i = right;
                }
                else return;
            }
        }
    }
}
