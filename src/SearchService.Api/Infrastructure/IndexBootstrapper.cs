using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// On start, when the index folder holds no index yet, builds it from the sources folder before the server accepts
/// requests, so the first search already has answers; then builds the facet arrays of the index, so the first
/// search does not pay for them either.
/// </summary>
public sealed class IndexBootstrapper(
    IndexService index,
    SourceIndexer indexer,
    SearchEngine engine,
    IOptions<SourcesOptions> sources,
    ILogger<IndexBootstrapper> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!index.IsEmpty)
        {
            var stats = index.Stats();
            logger.LogInformation("Serving the index at {Path}: {Reports} reports, {Passages} passages", index.IndexPath, stats.Reports, stats.Passages);
            engine.Warm();
            return Task.CompletedTask;
        }
        logger.LogInformation("No index at {Path}; building it from {Sources}", index.IndexPath, Path.GetFullPath(sources.Value.Path));
        try
        {
            indexer.Run(sources.Value.Path, rebuild: true);
        }
        catch (DirectoryNotFoundException ex)
        {
            logger.LogError("{Message} Serving an empty index until documents are added.", ex.Message);
        }
        engine.Warm();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
