using Term = Lucene.Net.Index.Term;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion;
using SearchService.Ingestion.Dedup;

namespace SearchService.Core.Tests.Indexing;

/// <summary>The same paragraph in several reports is indexed once per report, and the twin fields link the copies.</summary>
public sealed class TwinFieldTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-twins-" + Guid.NewGuid().ToString("n"));

    private const string Shared = "句容市总工会在城区建成户外劳动者驿站二十座，提供饮水、充电和休息服务，全年服务快递员和环卫工人三万余人次。";

    [Fact]
    public void Twins_share_the_twin_term_and_near_twins_a_band_term()
    {
        var pipeline = new IngestionPipeline();
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        // Arriving one at a time, as through the API.
        foreach (var (id, org, text) in new[] { ("a", "句容市总工会", Shared), ("b", "镇江市总工会", Shared), ("c", "丹阳市总工会", Shared.Replace("二十座", "二十一座")), ("d", "桐乡市总工会", "桐乡市总工会组织职工登山比赛，三百名职工参加。") })
            service.Upsert(pipeline.IngestText($"api/{id}.txt", "驿站\n" + text, new ReportMetadata(Title: id, Organisation: org), documentId: id).Reports);

        var twinKey = Twins.Key(Shared);
        service.Search(searcher =>
        {
            var exact = searcher.Search(new TermQuery(new Term(IndexSchema.Twin, twinKey)), 10);
            Assert.Equal(["a", "b"], exact.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexSchema.ReportId)).Order());
            Assert.Equal(["句容市总工会", "镇江市总工会"], exact.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexSchema.Organisation)).Order());

            var near = new BooleanQuery();
            foreach (var band in Twins.BandKeys(Shared)) near.Add(new TermQuery(new Term(IndexSchema.TwinBand, band)), Occur.SHOULD);
            var candidates = searcher.Search(near, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
            Assert.Contains(candidates, d => d.Get(IndexSchema.ReportId) == "c");
            Assert.DoesNotContain(candidates, d => d.Get(IndexSchema.ReportId) == "d");
            Assert.All(candidates, d => Assert.True(Twins.Resemblance(Shared, d.Get(IndexSchema.Text)) >= 0.8));
            return 0;
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
