using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchService.Core;
using SearchService.Core.Indexing;
using SearchService.Core.Sources;

namespace SearchService.Cli;

/// <summary>
/// The CLI's services, from the same composition root and configuration keys as the API (environment
/// <c>Index__Path</c>, <c>Sources__Path</c>, <c>SmartCn__JarPath</c>…); <c>--index</c> and <c>--source</c> win.
/// </summary>
public static class CliServices
{
    /// <param name="readOnlyIndex">Open the index without a writer (no write lock), for verbs that only read it.</param>
    /// <exception cref="OptionsValidationException">A setting is invalid; the message names its key.</exception>
    public static ServiceProvider Build(CliArguments args, bool readOnlyIndex = false)
    {
        var overrides = new Dictionary<string, string?>();
        if (args.Option("index") is { } index) overrides[$"{IndexOptions.Section}:{nameof(IndexOptions.Path)}"] = index;
        if (args.Option("source") is { } source) overrides[$"{SourcesOptions.Section}:{nameof(SourcesOptions.Path)}"] = source;
        if (readOnlyIndex) overrides[$"{IndexOptions.Section}:{nameof(IndexOptions.ReadOnly)}"] = "true";
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var provider = new ServiceCollection().AddSearchCore(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }
}
