using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Search;
using SearchService.Core.Sources;
using SearchService.Ingestion;
using Spectre.Console;

namespace SearchService.Cli.Commands;

/// <summary><c>searchsvc reports</c>: what ingestion makes of the sources, without touching the index.</summary>
public static class ReportsVerb
{
    public static int Run(CliArguments args)
    {
        using var services = CliServices.Build(args);
        var result = services.GetRequiredService<IngestionPipeline>().IngestPath(services.GetRequiredService<SourcesOptions>().Path);
        var summaries = result.Reports.Select(ReportCatalog.Summarise).ToList();
        if (args.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new { reports = summaries, problems = result.Problems }, Json.Options));
            return 0;
        }
        var table = new Table().AddColumns("id", "title", "organisation", "region", "themes", "sections", "passages");
        foreach (var r in summaries)
            table.AddRow(r.Id, Markup.Escape(r.Title), Markup.Escape(r.Organisation), Markup.Escape(r.Region ?? ""),
                Markup.Escape(string.Join("、", r.Themes)), r.Sections.ToString(), r.Passages.ToString());
        AnsiConsole.Write(table);
        foreach (var problem in result.Problems)
            AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {problem.Path}: {problem.Message}");
        return 0;
    }
}

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
