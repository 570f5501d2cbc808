using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Sources;
using SearchService.Tools.Synthetic;
using Spectre.Console;

namespace SearchService.Cli.Commands;

/// <summary>
/// <c>searchsvc generate --reports N --out DIR [--seed S] [--per-file]</c>: a synthetic corpus for measuring at scale,
/// as compilations of 20 reports per file, or with <c>--per-file</c> one report per file with a <c>.meta.json</c> sidecar.
/// </summary>
public static class GenerateVerb
{
    public static int Run(CliArguments args)
    {
        var reports = int.TryParse(args.Option("reports") ?? "1000", out var n) && n > 0 ? n : throw new CliUsageException("--reports must be a positive number");
        var seed = int.TryParse(args.Option("seed") ?? "42", out var s) ? s : throw new CliUsageException("--seed must be a number");
        var output = args.Option("out") ?? throw new CliUsageException("--out DIR is required");
        using var services = CliServices.Build(args);
        var sources = services.GetRequiredService<SourcesOptions>().Path;
        var dataFolder = Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data");
        var summary = CorpusGenerator.FromSources(sources, dataFolder, seed).Write(output, reports, perFile: args.Flag("per-file"));
        AnsiConsole.MarkupLineInterpolated($"wrote {summary.Reports} reports in {summary.Files} files ({summary.Bytes / 1e6:0.0} MB), {summary.Paragraphs} distinct paragraphs in {Path.Combine(output, "passages.jsonl")}");
        return 0;
    }
}
