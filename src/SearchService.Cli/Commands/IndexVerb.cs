using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Indexing;
using SearchService.Core.Sources;
using Spectre.Console;

namespace SearchService.Cli.Commands;

/// <summary>
/// <c>searchsvc index</c>: bring the index in line with the sources folder and show what was done;
/// <c>--upgrade</c>: write the stored reports again with the current schema, sources untouched.
/// </summary>
public static class IndexVerb
{
    private static int Upgrade(IndexService index)
    {
        if (!index.NeedsSchemaUpgrade())
        {
            AnsiConsole.MarkupLineInterpolated($"{index.IndexPath} already has every field of this version; nothing to do.");
            return 0;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = index.RewriteStoredReports();
        AnsiConsole.MarkupLineInterpolated($"Rewrote {count} reports of {index.IndexPath} with the current schema in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    public static int Run(CliArguments args)
    {
        using var services = CliServices.Build(args);
        var sources = services.GetRequiredService<SourcesOptions>();
        var index = services.GetRequiredService<IndexService>();
        if (args.Flag("upgrade")) return Upgrade(index);
        var indexer = services.GetRequiredService<SourceIndexer>();

        IndexRunSummary summary = null!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var files = ctx.AddTask("files read", maxValue: 1);
                var documents = ctx.AddTask("API documents read", maxValue: 1, autoStart: false);
                var passages = ctx.AddTask("passages indexed", maxValue: 1, autoStart: false);
                summary = indexer.Run(sources.Path, args.Flag("rebuild"), new SyncProgress<IndexProgress>(p =>
                {
                    var task = p.Phase switch { "indexing" => passages, "documents" => documents, _ => files };
                    if (p.Total == 0) return;
                    if (!task.IsStarted) task.StartTask();
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                }));
                files.Value = files.MaxValue;
                if (documents.IsStarted) documents.Value = documents.MaxValue;
                passages.Value = passages.MaxValue;
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
        table.AddRow("lines dropped (page chrome)", summary.LinesDropped.ToString());
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

