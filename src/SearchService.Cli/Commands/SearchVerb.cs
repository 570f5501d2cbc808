using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using Spectre.Console;

namespace SearchService.Cli.Commands;

/// <summary><c>searchsvc search "&lt;query&gt;"</c>: the API's search, on the local index.</summary>
public static partial class SearchVerb
{
    public static int Run(CliArguments args)
    {
        var unknown = args.UnknownOptions(["organisation", "region", "theme", "size", "page", "index"]).ToList();
        if (unknown.Count > 0) throw new CliUsageException($"unknown option --{unknown[0]}");
        var query = string.Join(' ', args.Positional);
        var page = int.TryParse(args.Option("page") ?? "1", out var p) && p >= 1 ? p : throw new CliUsageException("--page must be ≥ 1");

        // Read-only: no write lock, so this runs while the API serves the same index.
        using var services = CliServices.Build(args, readOnlyIndex: true);
        var limits = services.GetRequiredService<LimitsOptions>();
        var size = int.TryParse(args.Option("size") ?? limits.DefaultPageSize.ToString(), out var s) && s >= 1 && s <= limits.MaxPageSize
            ? s : throw new CliUsageException($"--size must be 1–{limits.MaxPageSize} (Limits:MaxPageSize)");
        var index = services.GetRequiredService<IndexService>();
        if (index.IsEmpty)
        {
            Console.Error.WriteLine($"searchsvc: the index at {index.IndexPath} is empty; run `searchsvc index` first.");
            return 1;
        }
        var engine = services.GetRequiredService<SearchEngine>();
        var filters = new FacetSelection(new Dictionary<string, IReadOnlyList<string>>
        {
            [IndexSchema.Organisation] = args.Options("organisation"),
            [IndexSchema.Region] = args.Options("region"),
            [IndexSchema.Theme] = args.Options("theme"),
        });

        SearchResult response;
        try
        {
            response = engine.Search(new SearchRequest(query, filters, page, size, Explain: args.Flag("explain")));
        }
        catch (QuerySyntaxException ex)
        {
            Console.Error.WriteLine($"searchsvc: malformed query: {ex.Message}");
            return 2;
        }

        if (args.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(response, Json.Options));
            return 0;
        }
        AnsiConsole.MarkupLineInterpolated($"[bold]{response.Total}[/] passages hold every word, {response.TitleMatches} with their report's title{(response.Related is { } related ? $", {related} most of the words" : "")} ({response.TookMs} ms)");
        if (response.DidYouMean is { } suggestion) AnsiConsole.MarkupLineInterpolated($"did you mean: [bold]{suggestion}[/]");
        var rank = (page - 1) * size;
        foreach (var hit in response.Hits)
        {
            AnsiConsole.WriteLine();
            AnsiConsole.MarkupLineInterpolated($"[bold]{++rank}. {hit.ReportTitle}[/] [grey]{hit.Section}[/]");
            AnsiConsole.MarkupLineInterpolated($"   [blue]{hit.Organisation}[/] · {hit.Region ?? "—"} · {string.Join("、", hit.Themes)} · [grey]{hit.Id} {hit.Match.ToString().ToLowerInvariant()} in {string.Join(",", hit.MatchedIn)} score {hit.Score:0.00}[/]");
            foreach (var fragment in hit.Highlights) AnsiConsole.MarkupLine("   " + ToMarkup(fragment));
        }
        return 0;
    }

    /// <summary>The highlights are HTML; the terminal gets the same marks in yellow.</summary>
    private static string ToMarkup(string html)
    {
        var parts = MarkTag().Split(html);
        var markup = new System.Text.StringBuilder();
        var inside = false;
        foreach (var part in parts)
        {
            if (part == "<mark>") { inside = true; continue; }
            if (part == "</mark>") { inside = false; continue; }
            var text = Markup.Escape(System.Net.WebUtility.HtmlDecode(part));
            markup.Append(inside ? $"[black on yellow]{text}[/]" : text);
        }
        return markup.ToString();
    }

    [GeneratedRegex("(</?mark>)")]
    private static partial Regex MarkTag();
}
