using Lucene.Net.QueryParsers.Classic;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Ingestion;
using SearchService.Tools.Evaluation;
using Spectre.Console;

namespace SearchService.Cli.Commands;

/// <summary>
/// <c>searchsvc eval [judgments.tsv] [--per-query]</c>: indexes the sources into a temporary folder and scores the
/// judged queries (nDCG@10, MRR, Recall@10) for the baseline (plain Lucene + SmartCn, AND and OR), the service as
/// configured, and the service without each of its parts, side by side.
/// </summary>
public static class EvalVerb
{
    public static int Run(CliArguments args)
    {
        var file = args.Positional.FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "Evaluation", "Data", "judgments.tsv");
        var queries = JudgedQuery.Load(file);
        using var services = CliServices.Build(args);
        var sources = services.GetRequiredService<SourcesOptions>().Path;
        var tuning = services.GetRequiredService<SearchOptions>();
        var synonyms = services.GetRequiredService<Synonyms>();

        var folder = Path.Combine(Path.GetTempPath(), "searchsvc-eval-" + Guid.NewGuid().ToString("n"));
        try
        {
            // Its own index in a temporary folder: the evaluation never touches the index the API serves.
            var analyzers = services.GetRequiredService<AnalyzerSet>();
            using var index = new IndexService(new IndexOptions { Path = folder }, analyzers);
            var pipeline = services.GetRequiredService<IngestionPipeline>();
            new SourceIndexer(index, pipeline).Run(sources, rebuild: true);
            var corpus = pipeline.IngestPath(sources).Reports;
            var jar = services.GetRequiredService<AnalysisOptions>().JarPath;
            using var plain = new SmartChineseAnalyzer(SmartCnDictionaries.Load(jar));
            var evaluator = new Evaluator(corpus, analyzers, plain);

            var reports = new List<EvaluationReport>
            {
                evaluator.Baseline(Operator.AND, queries),
                evaluator.Baseline(Operator.OR, queries),
                evaluator.Service("service", index, synonyms, tuning, queries),
                evaluator.Service("  without bigram field", index, synonyms, With(tuning, t => t.UseBigrams = false), queries),
                evaluator.Service("  without synonyms", index, Synonyms.Empty, tuning, queries),
                evaluator.Service("  without proximity rescoring", index, synonyms, With(tuning, t => t.ProximityBoost = 0), queries),
                evaluator.Service("  without title/section boosts", index, synonyms, With(tuning, t => { t.TitleBoost = 1; t.SectionBoost = 1; }), queries),
                evaluator.Service("  without related matches", index, synonyms, With(tuning, t => t.RelatedMatches = false), queries),
            };

            var answerable = queries.Count(q => q.Judgments.Count > 0);
            AnsiConsole.MarkupLineInterpolated($"{queries.Count} judged queries ({answerable} with an answer) from {file}");
            var table = new Table().AddColumns("configuration", "nDCG@10", "MRR", "Recall@10");
            foreach (var r in reports)
                table.AddRow(Markup.Escape(r.Configuration), $"{r.MeanNdcg:0.000}", $"{r.MeanReciprocalRank:0.000}", $"{r.MeanRecall:0.000}");
            AnsiConsole.Write(table);

            var service = reports[2];
            if (args.Flag("per-query"))
            {
                var perQuery = new Table().AddColumns("query", "nDCG@10", "MRR", "Recall@10", "relevant", "returned", "baseline AND nDCG");
                for (var i = 0; i < queries.Count; i++)
                {
                    var q = service.Queries[i];
                    perQuery.AddRow(Markup.Escape(q.Query), $"{q.Ndcg:0.000}", $"{q.ReciprocalRank:0.000}", $"{q.Recall:0.000}", q.Relevant.ToString(), q.Returned.ToString(),
                        $"{reports[0].Queries[i].Ndcg:0.000}");
                }
                AnsiConsole.Write(perQuery);
            }
            foreach (var q in service.Queries.Where(q => q.Relevant == 0))
                AnsiConsole.MarkupLineInterpolated($"no good answer: {q.Query} → {q.Returned} hits returned");
            foreach (var q in service.Queries.Where(q => q.Error is not null))
                AnsiConsole.MarkupLineInterpolated($"[red]error[/] {q.Query}: {q.Error}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static SearchOptions With(SearchOptions tuning, Action<SearchOptions> change)
    {
        var copy = tuning.Copy();
        change(copy);
        return copy;
    }
}
