using SearchService.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Tools.Evaluation;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Evaluation;

/// <summary>Search quality on the judged queries may not silently drop below what was reached (0.981 / 0.981).</summary>
public sealed class QualityRegressionTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-quality-" + Guid.NewGuid().ToString("n"));

    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found");
        }
    }

    [Fact]
    public void Judged_queries_keep_their_ndcg_and_recall_and_beat_the_baseline()
    {
        var seeds = Path.Combine(RepositoryRoot, "seeds");
        var queries = JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", "judgments.tsv"));
        Assert.True(queries.Count >= 50);
        using var analyzers = AnalyzerSet.Create(new AnalysisOptions());
        using var index = new IndexService(new IndexOptions { Path = folder }, analyzers);
        var pipeline = new IngestionPipeline();
        new SourceIndexer(index, pipeline).Run(seeds, rebuild: true);
        using var plain = new SmartChineseAnalyzer(SmartCnDictionaries.Load());
        var evaluator = new Evaluator(pipeline.IngestPath(seeds).Reports, analyzers, plain);
        var synonyms = Synonyms.FromConfiguredFile(null);
        Assert.True(synonyms.Count > 0);

        var service = evaluator.Service("service", index, synonyms, new SearchOptions(), queries);
        var baselineOr = evaluator.Baseline(Lucene.Net.QueryParsers.Classic.Operator.OR, queries);

        Assert.True(service.MeanNdcg >= 0.96, $"nDCG@10 {service.MeanNdcg:0.000} fell below 0.96 (reached 0.981)");
        Assert.True(service.MeanRecall >= 0.96, $"Recall@10 {service.MeanRecall:0.000} fell below 0.96 (reached 0.981)");
        Assert.True(service.MeanNdcg > baselineOr.MeanNdcg, $"service {service.MeanNdcg:0.000} does not beat plain Lucene OR {baselineOr.MeanNdcg:0.000}");
        Assert.All(service.Queries, q => Assert.Null(q.Error));

        // The second set (what the counts mean: names, questions, synonyms, a typo), reported apart.
        var meaning = evaluator.Service("meaning", index, synonyms, new SearchOptions(),
            JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", "judgments-meaning.tsv")));
        output.WriteLine($"judged: nDCG@10 {service.MeanNdcg:0.0000} Recall@10 {service.MeanRecall:0.0000}; meaning: nDCG@10 {meaning.MeanNdcg:0.0000} Recall@10 {meaning.MeanRecall:0.0000}");
        foreach (var q in meaning.Queries) output.WriteLine($"  {q.Query}: nDCG {q.Ndcg:0.000} recall {q.Recall:0.000} relevant {q.Relevant} returned {q.Returned}");
        Assert.All(meaning.Queries, q => Assert.Null(q.Error));
        Assert.True(meaning.MeanNdcg >= 0.90, $"meaning set nDCG@10 {meaning.MeanNdcg:0.000} fell below 0.90");
        Assert.True(meaning.MeanRecall >= 0.90, $"meaning set Recall@10 {meaning.MeanRecall:0.000} fell below 0.90");
    }

    [Fact]
    public void Metrics_match_hand_computed_values()
    {
        // Ranked grades [2, 0, 1]; corpus has grades 2, 1, 1. DCG = 3/1 + 0 + 1/2 = 3.5; IDCG = 3 + 1/log2(3) + 1/2.
        var ndcg = RankingMetrics.NdcgAt(10, [2, 0, 1], [2, 1, 1, 0]);
        Assert.Equal(3.5 / (3 + 1 / Math.Log2(3) + 0.5), ndcg, 10);
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank([0, 1]));
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAt(10, [2, 0, 1], [2, 1, 1, 0]), 10);
        Assert.Equal(0, RankingMetrics.NdcgAt(10, [0], [0, 0]));
    }

    [Fact]
    public void Judgments_are_parsed_and_graded_by_substring()
    {
        var q = Assert.Single(JudgedQuery.Parse(["# c", "产改\t2:落实党委\t1:产业工人"]));
        Assert.Equal(2, q.GradeOf("（一）落实党委的主体责任，推进产业工人"));
        Assert.Equal(1, q.GradeOf("产业工人队伍"));
        Assert.Equal(0, q.GradeOf("无关"));
        Assert.Throws<FormatException>(() => JudgedQuery.Parse(["q\t5:x"]));
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
