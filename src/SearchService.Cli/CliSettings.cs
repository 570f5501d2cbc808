using Microsoft.Extensions.Configuration;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;

namespace SearchService.Cli;

/// <summary>The same configuration keys as the API (environment <c>Index__Path</c>, <c>Sources__Path</c>, <c>SmartCn__JarPath</c>…); command-line options win.</summary>
public sealed class CliSettings
{
    private readonly IConfiguration configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();

    public IndexOptions Index(CliArguments args)
    {
        var options = configuration.GetSection(IndexOptions.Section).Get<IndexOptions>() ?? new IndexOptions();
        if (args.Option("index") is { } path) options.Path = path;
        return options;
    }

    public SourcesOptions Sources(CliArguments args)
    {
        var options = configuration.GetSection(SourcesOptions.Section).Get<SourcesOptions>() ?? new SourcesOptions();
        if (args.Option("source") is { } path) options.Path = path;
        return options;
    }

    public AnalysisOptions Analysis() => configuration.GetSection(AnalysisOptions.Section).Get<AnalysisOptions>() ?? new AnalysisOptions();

    public SearchTuning Tuning() => configuration.GetSection(SearchTuning.Section).Get<SearchTuning>() ?? new SearchTuning();
}
