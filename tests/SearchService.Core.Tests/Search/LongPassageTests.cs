using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// A passage far longer than ingestion makes today (an index written before paragraphs were split, or a raised limit):
/// a hit carries a bounded part of its text with its best fragments (the time is the hostile script's to measure).
/// </summary>
public sealed class LongPassageTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-long-" + Guid.NewGuid().ToString("n"));

    [Fact]
    public void A_search_hitting_an_80000_sentence_passage_answers_with_a_cut_text_and_three_fragments()
    {
        var text = string.Concat(Enumerable.Repeat("劳模。", 80_000)); // 720 KB of UTF-8
        var passage = new Passage("p-long", "r-long", 1, text, [], "测试区总工会", null, [], [new Occurrence("r-long", "long.txt", 1, [], text)]);
        var report = new Report("r-long", "长文", null, "测试区总工会", null, [], null, null, "long.txt", [new Section([], [passage])]);
        using var index = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        index.Upsert([report]);
        // A budget no machine misses, so the test checks what is answered, not how fast: the time (a highlighter quadratic
        // in sentences took 10 s for this hit) is measured by tests/hostile/hostile-test.sh, against the default 2 s.
        var engine = SearchEngine.Create(index, Analyzers.Value, Synonyms.Empty, new SearchOptions { CacheEntries = 0, TimeBudgetMs = 600_000 });

        var hit = Assert.Single(engine.Search(new SearchRequest("劳模")).Hits);
        Assert.Equal(3, hit.Highlights.Count);
        Assert.All(hit.Highlights, h => Assert.Contains("<mark>劳模</mark>", h));
        Assert.True(hit.TextTruncated);
        Assert.Equal(new LimitsOptions().MaxHitTextChars, hit.Text.Length);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
