using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;
using static SearchService.Core.Tests.Search.RandomTextIndex;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// Block maxima for the counted tier: a word's highest score per block (<see cref="BlockMaxima"/>) bounds every score
/// of the block and is reached by one of its documents (both within rounding); the best-hits collector that skips blocks by those bounds
/// (<see cref="BoundedTopScores"/>) keeps exactly the documents, scores and order of Lucene's in-order collector, for
/// the query shapes the service builds (word clauses, one-bigram terms, alternatives with constant scores,
/// conjunctions of these), restricted or not, over segments with deletions; and it does skip.
/// </summary>
public class BoundedTopScoresTests
{
    /// <summary>Two segments of 1,500 documents, some deleted: many blocks of 64 per segment.</summary>
    private static readonly Lazy<DirectoryReader> Reader = new(() => RandomTextIndex.Build(17, 3000, 4, 12, RandomTextIndex.Pieces, 1499, ["d3", "d64", "d2000"]));

    private static readonly string[] Words = ["劳模", "工匠", "职工", "技能", "培训", "创新", "工作室", "集体协商", "工会", "人才"];

    private static Query Word(string word, BlockMaxima maxima, float boost) =>
        new WordQuery(new ConstantScoreQuery(new VerbatimFilter(Bigrams(word)!, new Term(IndexSchema.Body, word))) { Boost = boost },
            new BoundedTermQuery(new Term(IndexSchema.Body, word), maxima));

    private static Query RandomQuery(Random random, BlockMaxima maxima, int depth = 0)
    {
        switch (depth >= 2 ? random.Next(2) : random.Next(5))
        {
            case 0:
                return Word(Words[random.Next(Words.Length)], maxima, random.Next(2) == 0 ? 0.5f : 1.3f);
            case 1:
                // A bigram alone, as a word the segmenter does not hold is matched and scored.
                return new BoundedTermQuery(Bigrams(Words[random.Next(Words.Length)])!.GetTerms()[0], maxima) { Boost = random.Next(2) == 0 ? 1f : 0.15f };
            case 2:
            case 3:
            {
                var all = new BooleanQuery();
                for (var i = random.Next(2, 4); i > 0; i--) all.Add(RandomQuery(random, maxima, depth + 1), Occur.MUST);
                return all;
            }
            default:
            {
                var alternatives = new List<Query> { RandomQuery(random, maxima, depth + 1) };
                if (random.Next(2) == 0) alternatives.Add(RandomQuery(random, maxima, depth + 1));
                // A name the word stands for: a constant score.
                alternatives.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.Body, Words[random.Next(Words.Length)]))) { Boost = 1f });
                return new AlternativesQuery(alternatives, 0.1f);
            }
        }
    }

    [Property(MaxTest = 200)]
    public void Keeps_what_Lucenes_collector_keeps(PositiveInt seed, bool restricted)
    {
        var random = new Random(seed.Get);
        var searcher = new IndexSearcher(Reader.Value) { Similarity = new BM25Similarity() };
        var query = RandomQuery(random, new BlockMaxima());
        if (restricted)
            query = new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term(IndexSchema.Body, Words[random.Next(Words.Length)]))),
                FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);
        var size = new[] { 1, 3, 10, 100 }[random.Next(4)];

        var lucene = TopScoreDocCollector.Create(size, docsScoredInOrder: true);
        searcher.Search(query, lucene);
        var bounded = new BoundedTopScores(size);
        searcher.Search(query, bounded);

        var expected = lucene.GetTopDocs().ScoreDocs;
        var hits = bounded.Hits();
        Assert.Equal(expected.Select(h => h.Doc), hits.Select(h => h.Doc));
        Assert.Equal(expected.Select(h => BitConverter.SingleToInt32Bits(h.Score)), hits.Select(h => BitConverter.SingleToInt32Bits(h.Score)));
        Assert.Equal(lucene.TotalHits, bounded.Scored + bounded.Skipped);
    }

    [Fact]
    public void Skips_blocks_of_a_common_conjunction()
    {
        var searcher = new IndexSearcher(Reader.Value) { Similarity = new BM25Similarity() };
        var maxima = new BlockMaxima();
        var query = new BooleanQuery { { Word("职工", maxima, 0.5f), Occur.MUST }, { Word("工会", maxima, 0.5f), Occur.MUST } };
        var bounded = new BoundedTopScores(3);
        searcher.Search(query, bounded);
        Assert.True(bounded.Skipped > 0, $"scored {bounded.Scored}, skipped {bounded.Skipped}");
        Assert.Equal(2 * Reader.Value.Leaves.Count, maxima.Count(Reader.Value));
    }

    [Fact]
    public void A_blocks_bound_is_its_highest_score()
    {
        var searcher = new IndexSearcher(Reader.Value) { Similarity = new BM25Similarity() };
        var bounded = 0;
        foreach (var word in Words)
        {
            var query = new BoundedTermQuery(new Term(IndexSchema.Body, word), new BlockMaxima()) { Boost = 1.7f };
            var weight = searcher.CreateNormalizedWeight(query);
            foreach (var leaf in Reader.Value.Leaves)
            {
                // A word the segment lacks, or holds too rarely to be kept, has no bound.
                if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer || ScoreBound.Of(scorer) is not { } bound) continue;
                bounded++;
                var highest = new Dictionary<int, float>();
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    var block = doc >> BlockMaxima.BlockShift;
                    highest[block] = Math.Max(highest.GetValueOrDefault(block), scorer.GetScore());
                    // Within the rounding a collector allows for: the multiples are scaled, not scored again.
                    Assert.True(scorer.GetScore() <= bound.Block(block) * (1 + ScoreBound.Slack), $"{word}: doc {doc} scores {scorer.GetScore()} above its block's {bound.Block(block)}");
                }
                // Deleted documents count in a bound too, so only where the block's best is live is the bound reached.
                Assert.Contains(highest, kv => Math.Abs(kv.Value - bound.Block(kv.Key)) <= kv.Value * ScoreBound.Slack);
            }
            Assert.Equal(searcher.Explain(new TermQuery(new Term(IndexSchema.Body, word)) { Boost = 1.7f }, 5).ToString(), searcher.Explain(query, 5).ToString());
        }
        Assert.True(bounded >= Words.Length, $"only {bounded} words bounded in a segment");
    }

    [Fact]
    public void A_segment_keeps_at_most_its_words_and_the_others_keep_the_same_hits()
    {
        var searcher = new IndexSearcher(Reader.Value) { Similarity = new BM25Similarity() };
        var capped = new BlockMaxima(wordsPerSegment: 2);
        foreach (var pair in new[] { ("职工", "工会"), ("技能", "培训"), ("劳模", "创新") })
        {
            var query = new BooleanQuery { { Word(pair.Item1, capped, 0.5f), Occur.MUST }, { Word(pair.Item2, capped, 0.5f), Occur.MUST } };
            var lucene = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
            searcher.Search(query, lucene);
            var bounded = new BoundedTopScores(10);
            searcher.Search(query, bounded);
            // Words met once a segment is full have no bound: their matches are scored, and the hits are Lucene's.
            Assert.Equal(lucene.GetTopDocs().ScoreDocs.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))),
                bounded.Hits().Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
            Assert.Equal(lucene.TotalHits, bounded.Scored + bounded.Skipped);
        }
        Assert.Equal(2 * Reader.Value.Leaves.Count, capped.Count(Reader.Value));
    }

    [Fact]
    public void A_reader_of_another_field_length_gets_its_own_bounds()
    {
        // One segment searched alone has other collection statistics than the two together (another average field
        // length), so the multiples kept for the pair do not bound its scores: they are worked out again.
        var maxima = new BlockMaxima();
        using var alone = new MultiReader([Reader.Value.Leaves[0].AtomicReader], closeSubReaders: false);
        var bounded = 0;
        foreach (var reader in new IndexReader[] { Reader.Value, alone, Reader.Value })
        {
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            foreach (var word in Words)
            {
                var weight = searcher.CreateNormalizedWeight(new BoundedTermQuery(new Term(IndexSchema.Body, word), maxima) { Boost = 1.7f });
                foreach (var leaf in reader.Leaves)
                {
                    if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer || ScoreBound.Of(scorer) is not { } bound) continue;
                    bounded++;
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                        Assert.True(scorer.GetScore() <= bound.Block(doc >> BlockMaxima.BlockShift) * (1 + ScoreBound.Slack),
                            $"{reader} {word}: doc {doc} scores {scorer.GetScore()} above its block's {bound.Block(doc >> BlockMaxima.BlockShift)}");
                }
            }
            var query = new BooleanQuery { { Word("职工", maxima, 0.5f), Occur.MUST }, { Word("工会", maxima, 0.5f), Occur.MUST } };
            var lucene = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
            searcher.Search(query, lucene);
            var best = new BoundedTopScores(10);
            searcher.Search(query, best);
            Assert.Equal(lucene.GetTopDocs().ScoreDocs.Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))),
                best.Hits().Select(h => (h.Doc, BitConverter.SingleToInt32Bits(h.Score))));
        }
        Assert.True(bounded >= 2 * Words.Length, $"only {bounded} words bounded");
        // Asked again under the lone segment's statistics, the shared maxima give the bounds fresh ones give, bit for bit.
        var aloneSearcher = new IndexSearcher(alone) { Similarity = new BM25Similarity() };
        foreach (var word in Words)
            Assert.Equal(Bounds(aloneSearcher, new BlockMaxima(), word), Bounds(aloneSearcher, maxima, word));
        // The segment both readers share keeps each word once, with the multiples of the reader that asked last.
        Assert.Equal(maxima.Count(alone), maxima.Count(Reader.Value) - maxima.Count(new MultiReader([Reader.Value.Leaves[1].AtomicReader], closeSubReaders: false)));
    }

    private static int[] Bounds(IndexSearcher searcher, BlockMaxima maxima, string word)
    {
        var weight = searcher.CreateNormalizedWeight(new BoundedTermQuery(new Term(IndexSchema.Body, word), maxima) { Boost = 1.7f });
        var leaf = searcher.IndexReader.Leaves[0];
        if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer || ScoreBound.Of(scorer) is not { } bound) return [];
        return Enumerable.Range(0, (leaf.AtomicReader.MaxDoc + BlockMaxima.BlockSize - 1) >> BlockMaxima.BlockShift)
            .Select(block => BitConverter.SingleToInt32Bits(bound.Block(block))).ToArray();
    }
}
