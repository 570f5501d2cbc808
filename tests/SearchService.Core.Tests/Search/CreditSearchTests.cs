using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// A report's credit lines (记者…, 编辑…, 来源…) are a place a query word may stand for a title match, like the title:
/// a phrase copied from a byline finds the report; the passages do not hold it, so it never counts in <c>total</c>.
/// </summary>
public sealed class CreditSearchTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-credits-" + Guid.NewGuid().ToString("n"));
    private readonly IndexService service;
    private readonly SearchEngine engine;

    public CreditSearchTests()
    {
        service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.ReplaceSources(
        [
            Credited("r-1", ["社区工会组织职工参观非遗工坊。", "职工们现场学习了扎染技艺。"], ["记者 钟灵秀", "来源：石榴县工会网"]),
            Credited("r-2", ["钟灵秀主持了今天的职工座谈会。"], []),
            Credited("r-3", ["街道工会开展送清凉活动。"], ["編輯 鍾靈秀"]),
        ], [new SourceFingerprint("a.txt", "hash")], []);
        engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());
    }

    [Fact]
    public void A_reporter_named_in_the_credits_finds_every_passage_of_the_report_as_title_matches_after_the_complete_ones()
    {
        var result = engine.Search(new SearchRequest("钟灵秀"));
        Assert.Equal(1, result.Total);                       // r-2 holds the name in its text
        Assert.Equal(3, result.TitleMatches);                // r-1's two passages, r-3's (traditional credits)
        Assert.Equal("p-r-2-1", result.Hits[0].Id);
        Assert.Equal(MatchKind.All, result.Hits[0].Match);
        Assert.Null(result.Hits[0].CreditsHighlight);
        var credited = result.Hits.Skip(1).ToList();
        Assert.Equal(["p-r-1-1", "p-r-1-2", "p-r-3-1"], credited.Select(h => h.Id).Order().ToArray());
        Assert.All(credited, hit =>
        {
            Assert.Equal(MatchKind.Title, hit.Match);
            Assert.Equal([MatchPlaces.Credits], hit.MatchedIn);
        });
        Assert.Equal("记者 <mark>钟灵秀</mark>\n来源：石榴县工会网", credited.First(h => h.ReportId == "r-1").CreditsHighlight);
        Assert.Equal("編輯 <mark>鍾靈秀</mark>", credited.Single(h => h.ReportId == "r-3").CreditsHighlight);
    }

    [Fact]
    public void Credit_words_and_text_words_together_make_a_title_match_of_the_passages_that_hold_the_rest()
    {
        var result = engine.Search(new SearchRequest("石榴县工会网 扎染"));
        Assert.Equal(0, result.Total);
        Assert.Equal(1, result.TitleMatches);
        var hit = Assert.Single(result.Hits, h => h.Match == MatchKind.Title);
        Assert.Equal("p-r-1-2", hit.Id);
        Assert.Equal([MatchPlaces.Text, MatchPlaces.Credits], hit.MatchedIn);
    }

    [Fact]
    public void A_quoted_phrase_of_the_credits_is_a_title_match_and_a_word_in_no_credit_finds_nothing_there()
    {
        Assert.Equal(2, engine.Search(new SearchRequest("\"石榴县工会网\"")).TitleMatches);
        var none = engine.Search(new SearchRequest("扎染技艺 送清凉"));
        Assert.Equal(0, none.Total + none.TitleMatches);
    }

    private static Report Credited(string id, string[] texts, string[] credits)
    {
        var passages = texts.Select((text, i) => new Passage($"p-{id}-{i + 1}", id, i + 1, text, [], "石榴县总工会", "云南省", [], [new Occurrence(id, "a.txt", i + 1, [], text)])).ToList();
        return new Report(id, "标题" + id, null, "石榴县总工会", "云南省", [], null, null, "a.txt", [new Section([], passages)]) { Credits = credits };
    }

    public void Dispose()
    {
        service.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
