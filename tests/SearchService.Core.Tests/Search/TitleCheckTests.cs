using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;
using IndexOptions = SearchService.Core.Indexing.IndexOptions;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// Before the title matches are looked for, the tiers ask whether any title holds any of the query's words, one word's
/// alternatives at a time, stopping at the first that matches: whichever word a title holds, the title matches are found.
/// </summary>
public sealed class TitleCheckTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-titlecheck-" + Guid.NewGuid().ToString("n"));
    private readonly IndexService service;
    private readonly SearchEngine engine;

    public TitleCheckTests()
    {
        service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.ReplaceSources(
        [
            Titled("r-1", "山茶镇工会举办技能竞赛", ["职工们学习扎染技艺。", "现场气氛热烈。"]),
            Titled("r-2", "送清凉活动走进车间", ["扎染作品在活动中展出。"]),
        ], [new SourceFingerprint("a.txt", "hash")], []);
        engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());
    }

    [Theory]
    [InlineData("扎染 技能竞赛")] // the first word stands in no title, the second does
    [InlineData("技能竞赛 扎染")] // the first word answers
    public void The_title_matches_are_found_whichever_of_the_words_a_title_holds(string query)
    {
        var result = engine.Search(new SearchRequest(query));
        Assert.Equal(0, result.Total);
        Assert.Equal(1, result.TitleMatches);
        Assert.Equal("p-r-1-1", Assert.Single(result.Hits, h => h.Match == MatchKind.Title).Id); // then r-2's passage, a related match
    }

    [Fact]
    public void No_title_holding_any_word_means_no_title_matches()
    {
        var result = engine.Search(new SearchRequest("扎染 气氛"));
        Assert.Equal(0, result.Total + result.TitleMatches);
    }

    [Fact]
    public void Alternatives_are_the_optional_clauses_disjuncts_and_wrapped_queries_in_order_and_anything_else_whole()
    {
        LuceneQuery a = new TermQuery(new Term(IndexSchema.TitleBigrams, "扎染")), b = new TermQuery(new Term(IndexSchema.Title, "扎染")),
            c = new TermQuery(new Term(IndexSchema.TitleBigrams, "竞赛"));
        var or = new BooleanQuery { { new AlternativesQuery([a, b], 0.1f), Occur.SHOULD }, { new ConstantScoreQuery(c), Occur.SHOULD } };
        Assert.Equal([a, b, c], MatchTiers.Alternatives(or).ToArray());

        var required = new BooleanQuery { { a, Occur.MUST }, { c, Occur.SHOULD } };
        Assert.Equal([required], MatchTiers.Alternatives(required).ToArray());
        var two = new BooleanQuery { { a, Occur.SHOULD }, { b, Occur.SHOULD }, { c, Occur.SHOULD } };
        two.MinimumNumberShouldMatch = 2;
        Assert.Equal([two], MatchTiers.Alternatives(two).ToArray());
        Assert.Equal([a], MatchTiers.Alternatives(a).ToArray());
    }

    private static Report Titled(string id, string title, string[] texts)
    {
        var passages = texts.Select((text, i) => new Passage($"p-{id}-{i + 1}", id, i + 1, text, [], "山茶镇工会", "云南省", [], [new Occurrence(id, "a.txt", i + 1, [], text)])).ToList();
        return new Report(id, title, null, "山茶镇工会", "云南省", [], null, null, "a.txt", [new Section([], passages)]);
    }

    public void Dispose()
    {
        service.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
