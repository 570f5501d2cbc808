using SearchService.Analysis;
using SearchService.Cli;
using SearchService.Cli.Commands;
using SearchService.Core.Indexing;
using Microsoft.Extensions.Options;
using Spectre.Console;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.InputEncoding = System.Text.Encoding.UTF8;

const string usage = """
    searchsvc — Chinese full-text search over trade-union experience reports

      searchsvc analyze [--no-stop]                    stdin lines → one line of space-separated SmartCn tokens each
      searchsvc index [--source seeds] [--index index-data] [--rebuild | --upgrade]
                                                       index new/changed files (--rebuild: everything from the sources;
                                                       --upgrade: rewrite the stored reports with this version's fields)
      searchsvc reports [--source seeds] [--json]      what ingestion extracts: reports, metadata, passage counts
      searchsvc search "<query>" [--organisation X] [--region X] [--theme X] [--size 10] [--page 1] [--json]
      searchsvc generate --reports N --out DIR [--seed 42] [--per-file]
                                                       synthetic corpus (+ passages.jsonl for the Java peer): compilations
                                                       of 20 reports, or one report per file with a .meta.json sidecar
      searchsvc eval [judgments.tsv] [--per-query]    nDCG@10 / MRR / Recall@10: baseline vs the service and its ablations

    Configuration as in the API: Index__Path, Sources__Path, SmartCn__UserDictionaryPath, and optionally
    SmartCn__JarPath (or SMARTCN_JAR) to read the dictionaries from Lucene's jar instead of the package.
    """;

try
{
    var verb = args.Length > 0 ? args[0] : "";
    return verb switch
    {
        "analyze" => AnalyzeVerb.Run(new CliArguments(args, new HashSet<string> { "no-stop" })),
        "index" => IndexVerb.Run(new CliArguments(args, new HashSet<string> { "rebuild", "upgrade" })),
        "reports" => ReportsVerb.Run(new CliArguments(args, new HashSet<string> { "json" })),
        "search" => SearchVerb.Run(new CliArguments(args, new HashSet<string> { "json", "explain" })),
        "eval" => EvalVerb.Run(new CliArguments(args, new HashSet<string> { "per-query" })),
        "generate" => GenerateVerb.Run(new CliArguments(args, new HashSet<string> { "per-file" })),
        "" or "help" or "--help" or "-h" => Help(0),
        _ => throw new CliUsageException($"unknown verb '{verb}'"),
    };
}
catch (CliUsageException ex)
{
    Console.Error.WriteLine($"searchsvc: {ex.Message}");
    return Help(2);
}
catch (SmartCnDictionaryNotFoundException ex)
{
    Console.Error.WriteLine($"searchsvc: {ex.Message}");
    return 3;
}
catch (Exception ex) when (ex is OptionsValidationException or IndexUnavailableException)
{
    Console.Error.WriteLine($"searchsvc: {ex.Message}");
    return 1;
}
catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"searchsvc: {ex.Message}");
    return 1;
}

int Help(int code)
{
    (code == 0 ? Console.Out : Console.Error).WriteLine(usage);
    return code;
}
