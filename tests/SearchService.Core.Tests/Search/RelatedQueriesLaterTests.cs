using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>
/// The related queries (most of the words, then any) are built only when a search looks for related matches: a page
/// filled by complete and title matches leaves them unbuilt (the twentieth speed round's saving). Each search goes through
/// <see cref="SearchEngine"/> itself — plan, kinds of match, the page rendered with its marks and, asked for,
/// explanations — so building them eagerly anywhere on that path fails here.
/// </summary>
public sealed class RelatedQueriesLaterTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-related-" + Guid.NewGuid().ToString("n"));

    private static Report OneReport(string id, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], "测试区总工会", "浙江省/杭州市", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        return new Report(id, "标题" + id, null, "测试区总工会", "浙江省/杭州市", [], null, null, "a.txt", [new Section([], [passage])]);
    }

    private static (PlannedQuery Plan, SearchResult Found, IReadOnlyList<SearchHit> Hits) Search(IndexService service, SearchRequest request)
    {
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions { CacheEntries = 0 }, functionWords: FunctionWords.Empty);
        var (found, plan) = engine.SearchPlanned(request);
        return (plan!, found, found.Hits);
    }

    [Fact]
    public void A_page_filled_by_complete_matches_leaves_the_related_queries_unbuilt_and_one_with_room_builds_them()
    {
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        // Twelve passages hold both words (each its own text: twins count once); one holds only 职工 (a related match).
        string[] places = ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "义乌"];
        string[] trades = ["电工", "焊工", "钳工", "车工", "厨师", "护工", "保安", "司机", "快递员", "家政员", "茶艺师", "育婴师"];
        service.Upsert([.. places.Select((place, i) => OneReport($"r-{i}", $"{place}举办{trades[i]}职工技能培训，共有{i + 20}人参加。")),
            OneReport("r-only", "职工之家建设走访慰问")]);

        foreach (var full in new[] { new SearchRequest("职工 培训", Size: 10), new SearchRequest("职工 培训", Size: 10, Explain: true), new SearchRequest("职工 培训", Size: 12) })
        {
            var (plan, found, hits) = Search(service, full);
            Assert.Equal(12, found.Total);
            Assert.All(hits, h => Assert.Equal(MatchKind.All, h.Match));
            Assert.Null(found.Related);
            Assert.False(plan.RelatedBuilt, $"the related queries were built for a full page ({full})");
        }

        // A page with room looks for related matches: the queries are built then, and find the passage with 职工 alone.
        var (roomy, roomyFound, roomyHits) = Search(service, new SearchRequest("职工 培训", Size: 20, Explain: true));
        Assert.True(roomy.RelatedBuilt);
        Assert.Equal(1, roomyFound.Related);
        var related = Assert.Single(roomyHits, h => h.Match == MatchKind.Related);
        Assert.Equal("r-only", related.ReportId);
        Assert.False(string.IsNullOrEmpty(related.Explanation));
    }

    [Fact]
    public void A_query_without_related_matches_holds_them_built_and_empty()
    {
        var plan = new LuceneQueryBuilder(Analyzers.Value, Synonyms.Empty, FunctionWords.Empty, new SearchOptions())
            .Build(UserQueryParser.Parse("职工"), MatchOperator.And, new LuceneQueryBuilder.Context(FacetNameLookup.None, _ => [], true, FacetSelection.None));
        Assert.True(plan.RelatedBuilt);
        Assert.Null(plan.Related);
        Assert.Null(plan.RelatedAny);
        Assert.Empty(plan.RelatedStrings);
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
