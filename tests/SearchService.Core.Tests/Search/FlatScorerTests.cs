using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Query;
using static SearchService.Core.Tests.Search.RandomTextIndex;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// A word's clause (<see cref="WordQuery"/>) and a word's alternatives (<see cref="AlternativesQuery"/>), scored by the
/// service's own scorers, match, count, score (bit for bit) and explain exactly as the boolean and disjunction-max
/// queries they stand for — alone, in conjunctions, nested in each other, restricted to some documents, with the word
/// absent from a segment, under the service's BM25 and under a similarity whose coordination factors are not 1.
/// </summary>
public class FlatScorerTests
{
    /// <summary>Two segments, some deletions; the second segment never holds 书屋 as a word.</summary>
    private static readonly Lazy<DirectoryReader> Reader = new(() => RandomTextIndex.Build(61, 400, 3, 14, RandomTextIndex.Pieces, 199, ["d3", "d250"],
        (i, random) => i < 200 && random.Next(5) == 0 ? "职工书屋" : null));

    private static readonly string[] Words = ["劳模", "工匠", "职工", "技能", "培训", "创新", "工作室", "集体协商", "工会", "人才", "书屋", "职工书屋", "劳模工匠"];

    /// <summary>The same word clause twice: as the service builds it and as the boolean query it was before.</summary>
    private static (Query Flat, Query General) Clause(string word, float boost)
    {
        Query InRow() => new ConstantScoreQuery(new VerbatimFilter(Bigrams(word)!, new Term(IndexSchema.Body, word))) { Boost = boost };
        Query Word() => new TermQuery(new Term(IndexSchema.Body, word));
        return (new WordQuery(InRow(), Word()), new BooleanQuery { { InRow(), Occur.MUST }, { Word(), Occur.SHOULD } });
    }

    private static (Query Flat, Query General) RandomQuery(Random random, int depth = 0)
    {
        var kind = depth >= 2 ? 0 : random.Next(4);
        switch (kind)
        {
            case 0:
                return Clause(Words[random.Next(Words.Length)], random.Next(3) switch { 0 => 0.5f, 1 => 1f, _ => 1.7f });
            case 1:
            case 2:
            {
                // All of some clauses, as a query's words are.
                var flat = new BooleanQuery();
                var general = new BooleanQuery();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var (f, g) = RandomQuery(random, depth + 1);
                    flat.Add(f, Occur.MUST);
                    general.Add(g, Occur.MUST);
                }
                return (flat, general);
            }
            default:
            {
                // A word or its synonyms, as a word with synonyms is: two to four alternatives, so the heap has levels.
                var flat = new List<Query>();
                var general = new List<Query>();
                for (var i = random.Next(2, 5); i > 0; i--)
                {
                    var (f, g) = RandomQuery(random, depth + 1);
                    if (flat.Count > 0) f.Boost = g.Boost = random.Next(2) == 0 ? 0.15f : 0.6f;
                    flat.Add(f);
                    general.Add(g);
                }
                return (new AlternativesQuery(flat, 0.1f), new DisjunctionMaxQuery(general, 0.1f));
            }
        }
    }

    [Property(MaxTest = 300)]
    public void Matches_scores_and_explains_as_the_boolean_query(PositiveInt seed, bool bm25, bool restricted)
    {
        var random = new Random(seed.Get);
        var searcher = new IndexSearcher(Reader.Value) { Similarity = bm25 ? new BM25Similarity() : new DefaultSimilarity() };
        var (flat, general) = RandomQuery(random);
        if (restricted)
        {
            // Accepted documents handed down to the clauses (as the passage filter does), or the clauses leap-frogged
            // with the filter's documents.
            var term = new Term(IndexSchema.Body, Words[random.Next(Words.Length)]);
            Filter some = random.Next(2) == 0 ? new BitsFilter(term) : new QueryWrapperFilter(new TermQuery(term));
            flat = new FilteredQuery(flat, some, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);
            general = new FilteredQuery(general, some, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);
        }

        var hits = Hits(searcher, flat);
        var expected = Hits(searcher, general);
        Assert.Equal(expected.Select(h => h.Doc), hits.Select(h => h.Doc));
        // Bit for bit: the same arithmetic in the same order, not merely close.
        Assert.Equal(expected.Select(h => BitConverter.SingleToInt32Bits(h.Score)), hits.Select(h => BitConverter.SingleToInt32Bits(h.Score)));
        Assert.Equal(general.ToString(), flat.ToString());
        foreach (var (doc, _) in hits.Take(3))
            Assert.Equal(searcher.Explain(general, doc).ToString(), searcher.Explain(flat, doc).ToString());
        var counter = new TotalHitCountCollector();
        searcher.Search(flat, counter);
        Assert.Equal(expected.Count, counter.TotalHits);
    }

    /// <summary>The documents of a term as a bit set, so the filtered query hands them down as accepted documents.</summary>
    private sealed class BitsFilter(Term term) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            var docs = context.AtomicReader.GetTermDocsEnum(term);
            if (docs is not null)
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    if (acceptDocs is null || acceptDocs.Get(doc)) bits.Set(doc);
            return bits;
        }
    }
}
