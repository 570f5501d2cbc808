using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// A run whose words leave characters out (function words, a lone character) still matches by its words, but a passage
/// holding the run as typed — what a person copied from a page — comes first.
/// </summary>
public sealed class WholeRunTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-wholerun-" + Guid.NewGuid().ToString("n"));
    private readonly IndexService service;

    public WholeRunTests()
    {
        service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.ReplaceSources(
        [
            OneReport("r-1", "工人们说，工人之家让工人歇脚。"),
            OneReport("r-2", "园区工人多，工人夜校办到了工人宿舍旁，组织工会活动。"),
            OneReport("r-3", "一名机关干部参加“我是工人”体验活动后说，分拣包裹比想象中辛苦得多。"),
            OneReport("r-4", "街道把新就业形态劳动者组织进工会，发放会员卡。"),
            OneReport("r-5", "组织工会干部培训，工会组织建设再上台阶，组织有力。"),
        ], [new SourceFingerprint("a.txt", "hash")], []);
    }

    private SearchEngine Engine(float boost) =>
        SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions { WholeRunBoost = boost, CacheEntries = 0 });

    [Theory]
    [InlineData("我是工人", "r-3")]       // 我, 是: function words; the words are 工人
    [InlineData("组织进工会", "r-4")]     // 进: a lone character; the words are 组织, 工会
    public void The_passage_holding_the_run_as_typed_comes_first(string q, string holder)
    {
        var boosted = Engine(100f).Search(new SearchRequest(q));
        var plain = Engine(0f).Search(new SearchRequest(q));
        Assert.Equal(holder, boosted.Hits[0].ReportId);
        Assert.NotEqual(holder, plain.Hits[0].ReportId);                 // the words alone rank it lower
        Assert.Equal(plain.Total, boosted.Total);                        // and decide what matches
        Assert.Equal(plain.Hits.Select(h => h.Id).Order(), boosted.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void A_run_whose_words_hold_every_character_is_ranked_as_before()
    {
        var boosted = Engine(100f).Search(new SearchRequest("工人夜校"));
        var plain = Engine(0f).Search(new SearchRequest("工人夜校"));
        Assert.Equal(plain.Hits.Select(h => (h.Id, h.Score)), boosted.Hits.Select(h => (h.Id, h.Score)));
    }

    private static Report OneReport(string id, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], "石榴县总工会", "云南省", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        return new Report(id, "标题" + id, null, "石榴县总工会", "云南省", [], null, null, "a.txt", [new Section([], [passage])]);
    }

    public void Dispose()
    {
        service.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
