using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;

namespace SearchService.Tools.Evaluation;

/// <summary>
/// Runs judged queries against configurations of the search service and against the baseline — plain Lucene with
/// the SmartCn analyzer, one text field, the classic query parser with AND or OR — over the same passages.
/// </summary>
public sealed class Evaluator(IReadOnlyList<Report> corpus, AnalyzerSet analyzers, Analyzer plainSmartCn)
{
    public const int K = 10;

    private readonly IReadOnlyList<string> passageTexts = corpus.SelectMany(r => r.Passages).Select(p => p.Text).ToList();

    /// <summary>The service as configured: our index, query builder, synonyms and tuning.</summary>
    public EvaluationReport Service(string name, IndexService index, Synonyms synonyms, SearchOptions tuning, IReadOnlyList<JudgedQuery> queries)
    {
        var engine = SearchEngine.Create(index, analyzers, synonyms, tuning);
        return Run(name, queries, q => engine.Search(new SearchRequest(q, Size: K)).Hits.Select(h => h.Text).ToList());
    }

    /// <summary>Plain Lucene: SmartCn on one field, BM25, classic QueryParser with the given default operator.</summary>
    public EvaluationReport Baseline(Operator defaultOperator, IReadOnlyList<JudgedQuery> queries)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, plainSmartCn) { Similarity = new BM25Similarity() }))
        {
            foreach (var report in corpus)
                foreach (var passage in report.Passages)
                {
                    var doc = new Document { new TextField("text", passage.Text, Field.Store.YES), new StringField("organisation", passage.Organisation, Field.Store.NO), new StringField("theme", "", Field.Store.NO) };
                    foreach (var level in IndexSchema.RegionLevels(passage.Region)) doc.Add(new StringField("region", level, Field.Store.NO));
                    foreach (var theme in passage.Themes) doc.Add(new StringField("theme", theme, Field.Store.NO));
                    writer.AddDocument(doc);
                }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var parser = new QueryParser(LuceneVersion.LUCENE_48, "text", plainSmartCn) { DefaultOperator = defaultOperator };
        return Run($"baseline {(defaultOperator == Operator.AND ? "AND" : "OR")}", queries, q =>
        {
            Lucene.Net.Search.Query query;
            try
            {
                query = parser.Parse(q);
            }
            catch (ParseException)
            {
                query = parser.Parse(QueryParserBase.Escape(q));
            }
            return searcher.Search(query, K).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("text")).ToList();
        });
    }

    private EvaluationReport Run(string name, IReadOnlyList<JudgedQuery> queries, Func<string, IReadOnlyList<string>> search)
    {
        var scores = new List<QueryScore>();
        foreach (var judged in queries)
        {
            var allGrades = passageTexts.Select(judged.GradeOf).ToList();
            IReadOnlyList<string> hits;
            try
            {
                hits = search(judged.Query);
            }
            catch (Exception ex) when (ex is QuerySyntaxException or ParseException or BooleanQuery.TooManyClausesException)
            {
                scores.Add(new QueryScore(judged.Query, 0, 0, 0, allGrades.Count(g => g > 0), 0, ex.Message));
                continue;
            }
            var ranked = hits.Select(judged.GradeOf).ToList();
            scores.Add(new QueryScore(judged.Query,
                RankingMetrics.NdcgAt(K, ranked, allGrades),
                RankingMetrics.ReciprocalRank(ranked),
                RankingMetrics.RecallAt(K, ranked, allGrades),
                allGrades.Count(g => g > 0),
                hits.Count));
        }
        return new EvaluationReport(name, scores);
    }
}
