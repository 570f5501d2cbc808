using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Search.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// The documents a query matches, worked out per segment as bit-set algebra over its clauses instead of by its scorers:
/// for a pass that only counts (the title matches when the complete ones fill the page), where scorers walking a
/// conjunction of disjunctions document by document cost more than the answer needs. Each clause narrows the
/// candidates it is given — a frequent word's kept set (<see cref="FrequentWordSets"/>) word by word, postings and any
/// other clause by moving to the candidates only (as a conjunction would) — and the clauses of a conjunction are applied
/// cheapest first. It finds exactly what the query's scorers find: a boolean query's required clauses all, its optional
/// ones only when nothing is required, its prohibited ones none; a disjunction any; a constant score its filter or query.
/// </summary>
public sealed class MatchBits
{
    private readonly Node root;

    private MatchBits(Node root) => this.root = root;

    /// <summary>The plan of a query's matching for one searcher (weights of the clauses it cannot take apart are made once, on first use).</summary>
    public static MatchBits Of(IndexSearcher searcher, LuceneQuery query) => new(Build(searcher, query));

    /// <summary>
    /// Narrows <paramref name="candidates"/> (documents of the segment; the query's accepted documents) to those the
    /// query matches.
    /// </summary>
    public void Keep(AtomicReaderContext context, FixedBitSet candidates)
    {
        // The candidates are also the clauses' accepted documents as they narrow: a clause then skips a document
        // another has already ruled out, and no document it skips could be kept.
        if (root.Open(context, candidates) is { } leaf) leaf.Keep(candidates);
        else candidates.Clear(0, candidates.Length);
    }

    private static Node Build(IndexSearcher searcher, LuceneQuery query)
    {
        switch (query)
        {
            case BooleanQuery boolean when boolean.MinimumNumberShouldMatch <= 1:
            {
                var required = boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Build(searcher, c.Query)).ToList();
                var optional = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Build(searcher, c.Query)).ToList();
                var prohibited = boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => Build(searcher, c.Query)).ToList();
                // Optional clauses decide the match when nothing is required or one of them must match; a query of
                // prohibitions alone, or asking more optional matches than it has, matches nothing.
                if (boolean.MinimumNumberShouldMatch > optional.Count) return new Nothing();
                if (required.Count == 0 || boolean.MinimumNumberShouldMatch == 1)
                {
                    if (optional.Count == 0) return new Nothing();
                    required.Add(optional.Count == 1 ? optional[0] : new Any(optional));
                }
                return new All(required, prohibited);
            }
            case DisjunctionMaxQuery max:
                return max.Disjuncts.Count == 0 ? new Nothing() : new Any(max.Disjuncts.Select(q => Build(searcher, q)).ToList());
            case ConstantScoreQuery { Filter: { } filter }:
                return new FilterNode(filter);
            case ConstantScoreQuery { Query: { } inner }:
                return Build(searcher, inner);
            case TermQuery term:
                return new TermNode(term.Term);
            case MatchAllDocsQuery:
                return new Everything();
            default:
                return new ScorerNode(searcher, query);
        }
    }

    /// <summary>A clause of the query, per segment.</summary>
    private abstract class Node
    {
        /// <summary>The clause in a segment; null when it matches nothing there.</summary>
        public abstract Leaf? Open(AtomicReaderContext context, FixedBitSet accepted);
    }

    /// <summary>A clause in one segment.</summary>
    private abstract class Leaf
    {
        /// <summary>About how many documents it walks (a conjunction applies its cheapest first).</summary>
        public abstract long Cost { get; }

        /// <summary>Clears the candidates it does not match.</summary>
        public abstract void Keep(FixedBitSet candidates);
    }

    private sealed class Nothing : Node
    {
        public override Leaf? Open(AtomicReaderContext context, FixedBitSet accepted) => null;
    }

    private sealed class Everything : Node
    {
        public override Leaf Open(AtomicReaderContext context, FixedBitSet accepted) => KeepAll.Instance;

        private sealed class KeepAll : Leaf
        {
            public static readonly KeepAll Instance = new();

            public override long Cost => 0;

            public override void Keep(FixedBitSet candidates) { }
        }
    }

    private sealed class All(List<Node> required, List<Node> prohibited) : Node
    {
        public override Leaf? Open(AtomicReaderContext context, FixedBitSet accepted)
        {
            var leaves = new List<Leaf>(required.Count);
            foreach (var node in required)
            {
                if (node.Open(context, accepted) is not { } leaf) return null;
                leaves.Add(leaf);
            }
            var without = prohibited.Select(n => n.Open(context, accepted)).OfType<Leaf>().ToList();
            return leaves.Count == 1 && without.Count == 0 ? leaves[0] : new AllLeaf(leaves.OrderBy(l => l.Cost).ToList(), without);
        }

        private sealed class AllLeaf(List<Leaf> required, List<Leaf> prohibited) : Leaf
        {
            public override long Cost => required[0].Cost;

            public override void Keep(FixedBitSet candidates)
            {
                foreach (var leaf in required) leaf.Keep(candidates);
                foreach (var leaf in prohibited)
                {
                    var matched = (FixedBitSet)candidates.Clone();
                    leaf.Keep(matched);
                    candidates.AndNot(matched);
                }
            }
        }
    }

    private sealed class Any(List<Node> alternatives) : Node
    {
        public override Leaf? Open(AtomicReaderContext context, FixedBitSet accepted)
        {
            var leaves = alternatives.Select(n => n.Open(context, accepted)).OfType<Leaf>().ToList();
            return leaves.Count switch { 0 => null, 1 => leaves[0], _ => new AnyLeaf(leaves) };
        }

        private sealed class AnyLeaf(List<Leaf> alternatives) : Leaf
        {
            public override long Cost => alternatives.Sum(l => l.Cost);

            public override void Keep(FixedBitSet candidates)
            {
                // Each alternative looks only among the candidates no alternative before it matched.
                FixedBitSet? union = null;
                foreach (var leaf in alternatives)
                {
                    var matched = (FixedBitSet)candidates.Clone();
                    if (union is not null) matched.AndNot(union);
                    leaf.Keep(matched);
                    if (union is null) union = matched;
                    else union.Or(matched);
                }
                candidates.And(union!);
            }
        }
    }

    private sealed class FilterNode(Filter filter) : Node
    {
        public override Leaf? Open(AtomicReaderContext context, FixedBitSet accepted)
        {
            var set = filter.GetDocIdSet(context, accepted);
            if (set is null) return null;
            if (FrequentWordSets.Whole(set) is { } kept) return new BitsLeaf(kept);
            return set.GetIterator() is { } iterator ? new IteratorLeaf(iterator) : null;
        }
    }

    private sealed class TermNode(Term term) : Node
    {
        public override Leaf? Open(AtomicReaderContext context, FixedBitSet accepted)
        {
            var terms = context.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(term.Bytes)) return null;
            return terms.Docs(accepted, null, DocsFlags.NONE) is { } docs ? new IteratorLeaf(docs) : null;
        }
    }

    private sealed class ScorerNode(IndexSearcher searcher, LuceneQuery query) : Node
    {
        private Weight? weight;

        public override Leaf? Open(AtomicReaderContext context, FixedBitSet accepted)
        {
            weight ??= searcher.CreateNormalizedWeight(query);
            return weight.GetScorer(context, accepted) is { } scorer ? new IteratorLeaf(scorer) : null;
        }
    }

    /// <summary>A kept set of the segment's documents: one AND, word by word.</summary>
    private sealed class BitsLeaf(FixedBitSet docs) : Leaf
    {
        public override long Cost => 0;

        public override void Keep(FixedBitSet candidates) => candidates.And(docs);
    }

    /// <summary>Documents in order: moved to each candidate in turn, as a conjunction moves its clauses.</summary>
    private sealed class IteratorLeaf(DocIdSetIterator iterator) : Leaf
    {
        public override long Cost => iterator.GetCost();

        public override void Keep(FixedBitSet candidates)
        {
            var length = candidates.Length;
            var doc = length > 0 ? candidates.NextSetBit(0) : -1;
            while (doc >= 0)
            {
                var at = iterator.DocID < doc ? iterator.Advance(doc) : iterator.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS || at >= length)
                {
                    candidates.Clear(doc, length);
                    return;
                }
                if (at == doc) at++;
                else candidates.Clear(doc, at);
                doc = at < length ? candidates.NextSetBit(at) : -1;
            }
        }
    }
}
