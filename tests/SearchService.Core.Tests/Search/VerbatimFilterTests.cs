using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Query;
using static SearchService.Core.Tests.Search.RandomTextIndex;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// The verbatim check finds exactly what the bigram phrase query it replaces finds, scores it the same as a constant
/// score and explains it the same, with or without the word-field shortcut.
/// </summary>
public class VerbatimFilterTests
{
    private static readonly Lazy<DirectoryReader> Reader = RandomTextIndex.TwoSegmentsWithLatin;

    [Property(MaxTest = 300)]
    public void Finds_scores_and_explains_what_the_phrase_does(PositiveInt seed, bool useShortcut)
    {
        var random = new Random(seed.Get);
        var word = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pieces[random.Next(Pieces.Length - 3)]));
        if (random.Next(3) == 0 && word.Length > 2) word = word[random.Next(word.Length - 1)..];
        var phrase = Bigrams(word);
        if (phrase is null) return;
        var searcher = new IndexSearcher(Reader.Value);
        var shortcut = useShortcut ? new Term(IndexSchema.Body, word) : null;

        var expected = new ConstantScoreQuery(phrase) { Boost = 2f };
        var actual = new ConstantScoreQuery(new VerbatimFilter(phrase, shortcut)) { Boost = 2f };
        var hits = Hits(searcher, actual);
        Assert.Equal(Hits(searcher, expected), hits);
        foreach (var (doc, _) in hits.Take(3))
            Assert.Equal(searcher.Explain(expected, doc).ToString(), searcher.Explain(actual, doc).ToString());
    }

    /// <summary>One store of kept word sets for every case, so later cases read the sets earlier ones built.</summary>
    private static readonly FrequentWordSets Frequent = new();

    [Property(MaxTest = 300)]
    public void Kept_word_sets_find_and_score_what_the_phrase_does_within_any_accepted_documents(PositiveInt seed, bool useShortcut, bool restrict)
    {
        var random = new Random(seed.Get);
        var word = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pieces[random.Next(Pieces.Length - 3)]));
        var phrase = Bigrams(word);
        if (phrase is null) return;
        var searcher = new IndexSearcher(Reader.Value);
        var shortcut = useShortcut ? new Term(IndexSchema.Body, word) : null;
        var accepted = new RandomDocs(random.Next());
        Query Within(Query query) => restrict ? new FilteredQuery(query, accepted, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY) : query;

        // The word's own score joins in, as a search's clause has it, so a difference in what matches shows in the scores too.
        Query Clause(Query match) => new BooleanQuery { { match, Occur.MUST }, { new TermQuery(new Term(IndexSchema.Body, "工会")), Occur.SHOULD } };
        var expected = Hits(searcher, Within(Clause(new ConstantScoreQuery(phrase) { Boost = 0.5f })));
        // Twice: the first search may keep the set, the second reads it.
        for (var round = 0; round < 2; round++)
            Assert.Equal(expected, Hits(searcher, Within(Clause(new ConstantScoreQuery(new VerbatimFilter(phrase, shortcut, Frequent)) { Boost = 0.5f }))));
    }

    [Fact]
    public void Frequent_words_are_kept_and_absent_ones_are_not()
    {
        var reader = Reader.Value;
        var frequent = new FrequentWordSets();
        var searcher = new IndexSearcher(reader);
        searcher.Search(new ConstantScoreQuery(new VerbatimFilter(Bigrams("集体协商")!, null, frequent)), 10);
        Assert.Equal(reader.Leaves.Count, frequent.Count(reader));
        var absent = new FrequentWordSets();
        searcher.Search(new ConstantScoreQuery(new VerbatimFilter(Bigrams("劳工")!, null, absent)), 10);
        Assert.Equal(0, absent.Count(reader));
    }

    [Property(MaxTest = 300)]
    public void The_match_only_form_of_a_query_finds_the_same_documents(PositiveInt seed, bool restrict)
    {
        var random = new Random(seed.Get);
        var query = RandomQuery(random, depth: 0);
        var searcher = new IndexSearcher(Reader.Value);
        var accepted = new RandomDocs(random.Next());
        Query Within(Query q) => restrict ? new FilteredQuery(q, accepted, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY) : q;
        List<int> Docs(Query q) => searcher.Search(Within(q), 1000).ScoreDocs.Select(d => d.Doc).Order().ToList();

        var expected = Docs(query);
        for (var round = 0; round < 2; round++) Assert.Equal(expected, Docs(MatchOnly.Of(query, Frequent)));
    }

    /// <summary>The shapes the query builder makes: words as bigram phrases or word-field terms, nested in and, or, not and best-of.</summary>
    internal static Query RandomQuery(Random random, int depth)
    {
        Query Leaf()
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pieces[random.Next(Pieces.Length - 3)]));
            return random.Next(3) == 0 || Bigrams(word) is not { } phrase ? new TermQuery(new Term(IndexSchema.Body, word)) : phrase;
        }
        if (depth >= 2 || random.Next(3) == 0) return random.Next(4) == 0 ? new ConstantScoreQuery(Leaf()) { Boost = 0.5f } : Leaf();
        var children = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomQuery(random, depth + 1)).ToList();
        if (random.Next(3) == 0) return new DisjunctionMaxQuery(children, 0.1f);
        var boolean = new BooleanQuery();
        boolean.Add(children[0], random.Next(2) == 0 ? Occur.MUST : Occur.SHOULD);
        foreach (var child in children.Skip(1)) boolean.Add(child, (Occur)random.Next(3));
        if (random.Next(4) == 0) boolean.MinimumNumberShouldMatch = 1;
        return boolean;
    }

    [Fact]
    public void A_segment_keeps_no_more_words_than_it_may_and_still_finds_the_others()
    {
        var reader = Reader.Value;
        var frequent = new FrequentWordSets(wordsPerSegment: 1);
        var searcher = new IndexSearcher(reader);
        foreach (var word in new[] { "集体协商", "劳模工匠" })
        {
            var expected = Hits(searcher, new ConstantScoreQuery(Bigrams(word)!));
            Assert.Equal(expected, Hits(searcher, new ConstantScoreQuery(new VerbatimFilter(Bigrams(word)!, null, frequent))));
            Assert.Equal(expected, Hits(searcher, new ConstantScoreQuery(new VerbatimFilter(Bigrams(word)!, null, frequent))));
        }
        Assert.Equal(reader.Leaves.Count, frequent.Count(reader));
    }

    /// <summary>About half the documents of each segment, as a bit set (what a search hands the postings).</summary>
    private sealed class RandomDocs(int seed) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var random = new Random(seed + context.Ord);
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var doc = 0; doc < bits.Length; doc++)
                if (random.Next(2) == 0 && (acceptDocs is null || acceptDocs.Get(doc))) bits.Set(doc);
            return bits;
        }
    }

    [Fact]
    public void The_shortcut_is_taken_for_a_word_the_segmenter_keeps_whole()
    {
        // The property above holds only if the word field's words stand in a row in the bigram field; check that the
        // fixture exercises it: some three-character word is a word of the word field.
        var reader = Reader.Value;
        var words = MultiFields.GetTerms(reader, IndexSchema.Body).GetEnumerator();
        var found = new List<string>();
        while (words.MoveNext())
            if (words.Term.Utf8ToString() is { Length: >= 3 } text && text.All(c => c is >= '\u4E00' and <= '\u9FFF')) found.Add(text);
        Assert.NotEmpty(found);
        var searcher = new IndexSearcher(reader);
        foreach (var word in found)
        {
            var phrase = Bigrams(word)!;
            Assert.Equal(Hits(searcher, new ConstantScoreQuery(phrase)), Hits(searcher, new ConstantScoreQuery(new VerbatimFilter(phrase, new Term(IndexSchema.Body, word)))));
        }
    }
}
