using Lucene.Net.Search;

namespace SearchService.Core.Search.Query;

/// <summary>
/// How high a scorer's score can go for any document of a block of <see cref="BlockMaxima.BlockSize"/> documents of
/// the segment it scores, so a collector that only keeps the best hits can leave a whole block's matches unscored
/// once the worst hit it keeps already beats the bound. Built from the scorer tree the service's queries make: a
/// word's clause (<see cref="WordQuery"/>), a word's alternatives (<see cref="AlternativesQuery"/>), a constant score,
/// and a conjunction of these (the words of a query); any other scorer has no bound, and neither has a tree holding
/// one. A bound is computed with the scorers' own arithmetic, but scaled (<see cref="BlockMaxima.Blocks"/>)
/// and summed in another order, so it may fall short of a score by a rounding: a collector widens it by
/// <see cref="Slack"/> before it trusts one.
/// </summary>
public abstract class ScoreBound
{
    /// <summary>The relative margin a bound is widened by before a document's score is left uncomputed.</summary>
    public const float Slack = 1e-4f;

    /// <summary>An upper bound of the score of every document of block <paramref name="block"/>.</summary>
    public abstract float Block(int block);

    /// <summary>The bound of a scorer the search hands to a collector (before it has moved to any document); null when it has none.</summary>
    public static ScoreBound? Of(Scorer scorer)
    {
        switch (scorer)
        {
            case IBoundedScorer bounded:
                return bounded.Bound();
            case { Weight.Query: ConstantScoreQuery }:
                // Lucene's constant scorer scores every document alike, wherever it stands.
                return new Constant(scorer.GetScore());
            case { Weight.Query: BooleanQuery query }
                when query.GetType() == typeof(BooleanQuery) && query.MinimumNumberShouldMatch == 0 && query.Clauses.All(c => c.Occur == Occur.MUST)
                     && WordQuery.ConjunctionCoord(scorer.Weight, query.Clauses.Count) is { } coord:
            {
                // A pure conjunction: Lucene's conjunction scorer sums its clauses' scores times one coordination factor.
                var children = scorer.GetChildren();
                if (children.Count != query.Clauses.Count) return null;
                var parts = new ScoreBound[children.Count];
                var i = 0;
                foreach (var child in children)
                    if (Of(child.Child) is { } part) parts[i++] = part;
                    else return null;
                return new Sum(parts, query.CoordDisabled ? 1f : coord);
            }
            default:
                return null;
        }
    }

    public sealed class Constant(float value) : ScoreBound
    {
        public override float Block(int block) => value;
    }

    /// <summary>A term's scores: the highest of each block (as multiples of one unit) times the unit under the term's own statistics.</summary>
    internal sealed class Blocked(float[] multiples, float unit) : ScoreBound
    {
        public override float Block(int block) => multiples[block] * unit;
    }

    /// <summary>The parts' scores added and multiplied by a coordination factor.</summary>
    public sealed class Sum(ScoreBound[] parts, float coord) : ScoreBound
    {
        public override float Block(int block)
        {
            var sum = 0f;
            foreach (var part in parts) sum += part.Block(block);
            return sum * coord;
        }
    }

    /// <summary>
    /// The best alternative plus the others times the tie breaker (0 ≤ t ≤ 1): at most (1 − t) × the highest bound
    /// plus t × the sum of them all, whichever alternatives match.
    /// </summary>
    public sealed class Alternatives(ScoreBound[] parts, float tieBreaker) : ScoreBound
    {
        public override float Block(int block)
        {
            var sum = 0f;
            var max = 0f;
            foreach (var part in parts)
            {
                var bound = part.Block(block);
                sum += bound;
                max = Math.Max(max, bound);
            }
            return max + (sum - max) * tieBreaker;
        }
    }
}

/// <summary>A scorer of the service's own that can say how high its score goes per block (<see cref="ScoreBound"/>).</summary>
public interface IBoundedScorer
{
    /// <summary>Its bound, asked before it has moved to any document; null when it has none.</summary>
    ScoreBound? Bound();
}
