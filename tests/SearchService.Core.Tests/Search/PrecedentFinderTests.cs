using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Hits;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>Precedents are live passages of other reports and organisations: never a report or source document, never a deleted passage.</summary>
public sealed class PrecedentFinderTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-precedents-" + Guid.NewGuid().ToString("n"));

    private static Report OneReport(string id, string organisation, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], organisation, "浙江省/杭州市", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        // The report's title holds the words too: the report document must not come back as a precedent.
        return new Report(id, text, null, organisation, "浙江省/杭州市", [], null, null, "a.txt", [new Section([], [passage])]);
    }

    [Fact]
    public void Precedents_are_live_passages_of_other_organisations()
    {
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.Upsert([
            OneReport("r-1", "甲区总工会", "劳模工匠创新工作室带徒传艺"),
            OneReport("r-2", "乙区总工会", "劳模工匠创新工作室开展技能培训"),
            OneReport("r-3", "丙区总工会", "劳模工匠创新工作室攻关项目"),
            OneReport("r-4", "甲区总工会", "劳模工匠创新工作室评比"),
        ]);
        service.Delete("r-3");
        var finder = new PrecedentFinder(service, Analyzers.Value, new HitRenderer(Analyzers.Value), new LimitsOptions(), new FacetOrdinalCache(IndexSchema.FacetDimensions));

        var similar = finder.Similar("p-r-1", 10)!;
        Assert.Equal(["p-r-2"], similar.Select(h => h.Id));
        Assert.Contains("创新工作室", similar[0].SharedTerms!);
        Assert.Null(finder.Similar("p-unknown", 10));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
