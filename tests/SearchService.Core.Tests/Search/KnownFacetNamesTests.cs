using SearchService.Core.Indexing;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// The facet values a query word could name are worked out once per word and kept for the first
/// <see cref="KnownFacetNames.MemoisedWords"/> distinct words: the answers are those worked out afresh, the memo stays
/// bounded, and searches asking at once see the same answers.
/// </summary>
public sealed class KnownFacetNamesTests
{
    private static readonly Lazy<KnownNames> Names = new(() => new IngestionPipeline().Names);

    // Places of the gazetteer (a city, its short form, a province's short form), a made-up organisation and a plain word.
    private static readonly string[] Words = ["嘉兴市", "嘉兴", "浙江", "石榴县职工协会", "工会", "劳模", "x"];

    private static FacetName[] Fresh(string word)
    {
        var place = Names.Value.Place(word);
        var rest = new[] { new FacetName(IndexSchema.Organisation, Names.Value.Organisation(word)), new FacetName(IndexSchema.Theme, KnownNames.Theme(word)) };
        return place is null ? rest : [new FacetName(IndexSchema.Region, place), .. rest];
    }

    [Fact]
    public void A_word_asked_again_gets_the_candidates_worked_out_the_first_time_which_are_the_names_own_reading()
    {
        var names = new KnownFacetNames(Names.Value);
        foreach (var word in Words)
        {
            var first = names.Candidates(word).ToArray();
            Assert.Equal(Fresh(word), first);
            Assert.Equal(first, names.Candidates(word).ToArray());
        }
        Assert.Equal(Words.Length, names.Memoised);
        Assert.Contains(new FacetName(IndexSchema.Region, "浙江省/嘉兴市"), names.Candidates("嘉兴"));
    }

    [Fact]
    public void Only_the_first_distinct_words_are_kept_and_later_ones_are_still_answered()
    {
        var names = new KnownFacetNames(Names.Value);
        var words = Enumerable.Range(0, KnownFacetNames.MemoisedWords + 300).Select(MadeUp).ToList();
        foreach (var word in words) names.Candidates(word);
        foreach (var word in words.Take(50)) names.Candidates(word); // asked again: already kept, no new place taken
        Assert.Equal(KnownFacetNames.MemoisedWords, names.Memoised);
        foreach (var word in words.TakeLast(20).Concat(Words)) Assert.Equal(Fresh(word), names.Candidates(word).ToArray());
        Assert.Equal(KnownFacetNames.MemoisedWords, names.Memoised);
    }

    [Fact]
    public void Searches_asking_at_once_get_the_same_answers_and_the_memo_never_passes_its_bound()
    {
        var names = new KnownFacetNames(Names.Value);
        // More distinct words than the bound, each asked by several threads in different orders.
        var words = Enumerable.Range(0, KnownFacetNames.MemoisedWords + 1500).Select(MadeUp).Concat(Words).ToArray();
        var expected = words.ToDictionary(w => w, Fresh);
        var wrong = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            var random = new Random(thread);
            foreach (var word in words.OrderBy(_ => random.Next()))
            {
                if (!expected[word].SequenceEqual(names.Candidates(word))) Interlocked.Increment(ref wrong);
                Assert.True(names.Memoised <= KnownFacetNames.MemoisedWords + 8); // a place is taken before a word is added
            }
        });
        Assert.Equal(0, wrong);
        Assert.InRange(names.Memoised, 1, KnownFacetNames.MemoisedWords);
        // Words asked afterwards fill whatever places racing threads gave back, up to the bound exactly.
        foreach (var word in Enumerable.Range(100_000, KnownFacetNames.MemoisedWords).Select(MadeUp)) names.Candidates(word);
        Assert.Equal(KnownFacetNames.MemoisedWords, names.Memoised);
    }

    /// <summary>A distinct made-up word of two to four characters for each number.</summary>
    private static string MadeUp(int n) => "甲乙" + (char)('一' + n % 20000) + (n >= 20000 ? "丙" : "");
}
