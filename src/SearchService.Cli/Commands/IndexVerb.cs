using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Sources;
using SearchService.Ingestion;
using Spectre.Console;

namespace SearchService.Cli.Commands;

/// <summary><c>searchsvc index</c>: bring the index in line with the sources folder and show what was done.</summary>
public static class IndexVerb
{
    public static int Run(CliArguments args, CliSettings settings)
    {
        var sources = settings.Sources(args);
        using var analyzers = AnalyzerSet.Create(settings.Analysis());
        using var index = new IndexService(settings.Index(args), analyzers);
        var indexer = new SourceIndexer(index, new IngestionPipeline());

        IndexRunSummary summary = null!;
        AnsiConsole.Status().Start("scanning", ctx =>
        {
            summary = indexer.Run(sources.Path, args.Flag("rebuild"), new Progress<string>(phase => ctx.Status(phase)));
        });

        var table = new Table().AddColumns("", "");
        table.AddRow("index", Markup.Escape(index.IndexPath));
        table.AddRow("mode", summary.Rebuilt ? "rebuild" : "incremental");
        table.AddRow("files seen", summary.FilesSeen.ToString());
        table.AddRow("files indexed", summary.FilesIndexed.ToString());
        table.AddRow("files unchanged", summary.FilesUnchanged.ToString());
        table.AddRow("files removed", summary.FilesRemoved.ToString());
        table.AddRow("files skipped", summary.Problems.Count.ToString());
        table.AddRow("reports written", summary.Reports.ToString());
        table.AddRow("passages written", summary.Passages.ToString());
        table.AddRow("paragraphs read", summary.Paragraphs.ToString());
        table.AddRow("duplicates collapsed", summary.DuplicatesCollapsed.ToString());
        table.AddRow("time", $"{summary.Elapsed.TotalSeconds:0.00} s");
        AnsiConsole.Write(table);

        if (summary.PassagesByOrganisation.Count > 0)
        {
            var orgs = new Table().AddColumns("organisation", "passages");
            foreach (var (org, count) in summary.PassagesByOrganisation.OrderByDescending(kv => kv.Value))
                orgs.AddRow(Markup.Escape(org), count.ToString());
            AnsiConsole.Write(orgs);
        }
        foreach (var problem in summary.Problems)
            AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {problem.Path}: {problem.Message}");
        var stats = index.Stats();
        AnsiConsole.MarkupLineInterpolated($"index now holds {stats.Reports} reports and {stats.Passages} passages from {stats.Sources} files");
        return 0;
    }
}
