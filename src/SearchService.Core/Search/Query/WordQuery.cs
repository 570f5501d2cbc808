using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The clause of one Chinese word: <c>+ConstantScore(its characters in a row) word</c> — the bigram check decides the
/// match, the SmartCn word adds to the score where it stands. A <see cref="BooleanQuery"/> in every respect (its
/// string, weights, normalisation and explanations are the boolean query's), except that it is scored by one flat
/// scorer instead of Lucene's general one (<c>BooleanScorer2</c> over a required/optional sum over two single-match
/// counters), which walked five scorers per candidate to add two numbers: most queries are conjunctions of such
/// clauses, and every match of every clause was scored that way. The flat scorer does the same arithmetic in the same
/// order, so scores are bit for bit the general scorer's.
/// </summary>
public sealed class WordQuery : BooleanQuery
{
    /// <param name="inRow">Where the word's characters stand in a row (a constant score).</param>
    /// <param name="word">The word itself, scored where it stands.</param>
    public WordQuery(LuceneQuery inRow, LuceneQuery word)
    {
        Add(inRow, Occur.MUST);
        Add(word, Occur.SHOULD);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new WordWeight(this, searcher);

    private sealed class WordWeight(WordQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            // The general scorer's cases, by the clause scorers a segment has (BooleanWeight.GetScorer): no scorer for
            // the required clause matches nothing; without the optional one it is a conjunction of the required one
            // alone, coordinated as one clause of two; with both, a required/optional sum coordinated by how many matched.
            var required = m_weights[0].GetScorer(context, acceptDocs);
            if (required is null) return null;
            var bounded = m_weights[1] as BoundedTermQuery.BoundedWeight;
            var optional = bounded is not null ? bounded.TermScorer(context, acceptDocs) : m_weights[1].GetScorer(context, acceptDocs);
            var coordDisabled = query.CoordDisabled;
            if (optional is null) return new WordScorer(this, required, null, [coordDisabled ? 1f : Coord(1, MaxCoord)], null);
            var factors = new float[3];
            for (var i = 0; i < factors.Length; i++) factors[i] = coordDisabled ? 1f : Coord(i, MaxCoord);
            return new WordScorer(this, required, optional, factors, bounded is not null ? () => bounded.Bound(context) : null);
        }
    }

    /// <summary>
    /// The coordination factor of a pure conjunction of <paramref name="clauses"/> clauses as its weight gives it to
    /// Lucene's conjunction scorer; null for a weight that is not a boolean query's.
    /// </summary>
    internal static float? ConjunctionCoord(Weight weight, int clauses) => weight is BooleanWeight boolean ? boolean.Coord(clauses, clauses) : null;

    /// <summary>
    /// Iterates the required clause; the optional one is advanced only when a score is asked for. Without the optional
    /// clause: <c>(0 + required) × coord</c>, as a one-clause conjunction sums; with it: <c>(required [+ optional]) ×
    /// coord[matched]</c>, as the required/optional sum and its coordinator do.
    /// </summary>
    /// <param name="wordBound">The word's highest score per block, when it can tell.</param>
    private sealed class WordScorer(Weight weight, Scorer required, Scorer? optional, float[] coord, Func<ScoreBound?>? wordBound)
        : Scorer(weight), IBoundedScorer
    {
        private Scorer? optional = optional;

        /// <summary>The check's constant score plus, where the block holds the word, the word's highest score there.</summary>
        public ScoreBound? Bound()
        {
            if (required.Weight.Query is not ConstantScoreQuery) return null;
            // A constant scorer scores alike wherever it stands.
            var check = required.GetScore();
            if (coord.Length == 1) return new ScoreBound.Constant((0f + check) * coord[0]);
            return wordBound?.Invoke() is { } word ? new CheckAndWord(check, coord, word) : null;
        }

        public override int DocID => required.DocID;

        public override int NextDoc() => required.NextDoc();

        public override int Advance(int target) => required.Advance(target);

        public override long GetCost() => required.GetCost();

        public override int Freq => optional is not null && OptionalAt(required.DocID) ? 2 : 1;

        public override float GetScore()
        {
            var doc = required.DocID;
            var requiredScore = required.GetScore();
            if (coord.Length == 1) return (0f + requiredScore) * coord[0];
            if (optional is null || !OptionalAt(doc)) return requiredScore * coord[1];
            return (requiredScore + optional.GetScore()) * coord[2];
        }

        private sealed class CheckAndWord(float check, float[] coord, ScoreBound word) : ScoreBound
        {
            public override float Block(int block)
            {
                var alone = check * coord[1];
                var best = word.Block(block);
                return best > 0f ? Math.Max(alone, (check + best) * coord[2]) : alone;
            }
        }

        /// <summary>Whether the optional clause holds the document (it is moved there if behind; once exhausted it is dropped).</summary>
        private bool OptionalAt(int doc)
        {
            var at = optional!.DocID;
            if (at < doc && (at = optional.Advance(doc)) == NO_MORE_DOCS)
            {
                optional = null;
                return false;
            }
            return at == doc;
        }
    }
}
