using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>explain=true re-runs the query per hit: that work is held to the search's time budget like collecting is.</summary>
public sealed class ExplainBudgetTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-explain-" + Guid.NewGuid().ToString("n"));

    private static Report OneReport(string id, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], "测试区总工会", "浙江省/杭州市", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        return new Report(id, "标题" + id, null, "测试区总工会", "浙江省/杭州市", [], null, null, "a.txt", [new Section([], [passage])]);
    }

    [Fact]
    public void Explaining_hits_past_the_budget_is_a_timeout_and_without_explain_the_same_search_answers()
    {
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.Upsert([OneReport("r-1", "职工技能培训"), OneReport("r-2", "职工劳模工匠创新")]);
        // A budget already spent when the hits are explained; collecting checks it only every 1,024 matches.
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions { TimeBudgetMs = 0, CacheEntries = 0 });
        Assert.Equal(2, engine.Search(new SearchRequest("职工")).Total);
        Assert.Throws<SearchTimeoutException>(() => engine.Search(new SearchRequest("职工", Explain: true)));

        var generous = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions { CacheEntries = 0 });
        Assert.All(generous.Search(new SearchRequest("职工", Explain: true)).Hits, h => Assert.False(string.IsNullOrEmpty(h.Explanation)));
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
