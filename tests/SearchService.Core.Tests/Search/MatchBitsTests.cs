using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;
using static SearchService.Core.Tests.Search.RandomTextIndex;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// The bit sets a counted pass works out find exactly the documents the query's scorers find, within any candidates:
/// for the query shapes the builder makes (words, verbatim checks, kept word sets, the word clause, alternatives,
/// and, or, not, one-of-the-optional), in their match-only form and as they are.
/// </summary>
public class MatchBitsTests
{
    private static readonly Lazy<DirectoryReader> Reader = RandomTextIndex.TwoSegmentsWithLatin;

    private static readonly FrequentWordSets Frequent = new();

    [Property(MaxTest = 400)]
    public void Bit_sets_find_what_the_scorers_find_within_any_candidates(PositiveInt seed, bool matchOnly, bool restrict)
    {
        var random = new Random(seed.Get);
        var query = random.Next(4) == 0 ? BuilderShapes(random) : VerbatimFilterTests.RandomQuery(random, depth: 0);
        if (matchOnly) query = MatchOnly.Of(query, Frequent);
        var searcher = new IndexSearcher(Reader.Value);
        var candidateSeed = random.Next();

        var expected = new List<int>();
        var bits = MatchBits.Of(searcher, query);
        var actual = new List<int>();
        foreach (var leaf in Reader.Value.Leaves)
        {
            var candidates = Candidates(leaf, restrict ? candidateSeed : null);
            var weight = searcher.CreateNormalizedWeight(query);
            if (weight.GetScorer(leaf, candidates) is { } scorer)
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc()) expected.Add(leaf.DocBase + doc);
            bits.Keep(leaf, candidates);
            for (var doc = candidates.Length > 0 ? candidates.NextSetBit(0) : -1; doc >= 0; doc = doc + 1 < candidates.Length ? candidates.NextSetBit(doc + 1) : -1)
                actual.Add(leaf.DocBase + doc);
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Prohibitions_alone_and_optional_clauses_beyond_those_given_match_nothing()
    {
        var searcher = new IndexSearcher(Reader.Value);
        var word = new TermQuery(new Term(IndexSchema.Body, "工会"));
        var prohibitions = new BooleanQuery { { word, Occur.MUST_NOT } };
        var tooMany = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { word, Occur.SHOULD } };
        tooMany.MinimumNumberShouldMatch = 2;
        foreach (var query in new Query[] { prohibitions, new BooleanQuery(), tooMany })
        {
            Assert.Equal(0, searcher.Search(query, 10).TotalHits);
            var bits = MatchBits.Of(searcher, query);
            foreach (var leaf in Reader.Value.Leaves)
            {
                var candidates = Candidates(leaf, null);
                bits.Keep(leaf, candidates);
                Assert.Equal(0, candidates.Cardinality);
            }
        }
    }

    [Fact]
    public void One_of_the_optional_clauses_must_match_beside_the_required_ones_when_asked()
    {
        var searcher = new IndexSearcher(Reader.Value);
        var query = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Body, "工会")), Occur.MUST }, { new TermQuery(new Term(IndexSchema.Body, "劳模")), Occur.SHOULD } };
        query.MinimumNumberShouldMatch = 1;
        var expected = searcher.Search(query, 10).TotalHits;
        Assert.True(expected < searcher.Search(new TermQuery(new Term(IndexSchema.Body, "工会")), 10).TotalHits);
        var bits = MatchBits.Of(searcher, query);
        var actual = 0;
        foreach (var leaf in Reader.Value.Leaves)
        {
            var candidates = Candidates(leaf, null);
            bits.Keep(leaf, candidates);
            actual += (int)candidates.Cardinality;
        }
        Assert.Equal(expected, actual);
    }

    /// <summary>About half of a segment's documents (or all of them), as the passage filter hands them.</summary>
    private static FixedBitSet Candidates(AtomicReaderContext leaf, int? seed)
    {
        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        var random = seed is { } s ? new Random(s + leaf.Ord) : null;
        for (var doc = 0; doc < bits.Length; doc++)
            if (random is null || random.Next(2) == 0) bits.Set(doc);
        return bits;
    }

    /// <summary>The builder's own clauses: a word clause over a (kept) verbatim check, alternatives, a title-match conjunction.</summary>
    private static Query BuilderShapes(Random random)
    {
        Query Word()
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pieces[random.Next(Pieces.Length - 3)]));
            if (Bigrams(text) is not { } phrase) return new TermQuery(new Term(IndexSchema.Body, text));
            var check = new ConstantScoreQuery(new VerbatimFilter(phrase, random.Next(2) == 0 ? new Term(IndexSchema.Body, text) : null, random.Next(2) == 0 ? Frequent : null));
            return random.Next(3) == 0 ? check : new WordQuery(check, new TermQuery(new Term(IndexSchema.Body, text)));
        }
        Query Alternatives() => random.Next(2) == 0 ? Word() : new AlternativesQuery(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word()).ToList(), 0.1f);
        var all = new BooleanQuery();
        for (var i = random.Next(1, 4); i > 0; i--) all.Add(Alternatives(), Occur.MUST);
        if (random.Next(3) == 0) all.Add(Word(), Occur.MUST_NOT);
        if (random.Next(3) == 0) all.Add(new MatchAllDocsQuery(), Occur.MUST);
        return all;
    }
}
