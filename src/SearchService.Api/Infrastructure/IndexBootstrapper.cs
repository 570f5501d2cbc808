using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// On start, when the index folder has never been built, builds it from the sources folder before the server accepts
/// requests, so the first search already has answers; then builds the facet arrays of the index, so the first
/// search does not pay for them either, and warms the JIT with a few searches in the background.
/// </summary>
public sealed class IndexBootstrapper(
    IndexService index,
    SourceIndexer indexer,
    SearchWarmer warmer,
    SearchOptions tuning,
    IHostApplicationLifetime lifetime,
    IOptions<SourcesOptions> sources,
    ILogger<IndexBootstrapper> logger) : IHostedService
{
    /// <summary>Common kinds of query: one word, two words, a run of several words, a question.</summary>
    private static readonly string[] WarmUpQueries = ["劳模 工匠", "产业工人", "集体协商 工资", "和谐劳动关系", "如何提高技能人才待遇", "职工 服务"];

    private readonly CancellationTokenSource stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Build();
        warmer.BuildFacetArrays();
        // After the server listens, so the warm-up does not delay readiness.
        lifetime.ApplicationStarted.Register(() => Task.Run(() =>
        {
            try
            {
                warmer.WarmUp(WarmUpQueries, tuning.WarmUpRounds, stopping.Token);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                if (stopping.IsCancellationRequested) return;
                logger.LogWarning(ex, "Warming up the search path failed; searches still work, the first ones are slower");
            }
        }, stopping.Token));
        return Task.CompletedTask;
    }

    private void Build()
    {
        // Built once means built: an index whose every report was deleted stays empty instead of taking the seed back.
        if (index.HasBeenBuilt)
        {
            var stats = index.Stats();
            logger.LogInformation("Serving the index at {Path}: {Reports} reports, {Passages} passages", index.IndexPath, stats.Reports, stats.Passages);
            if (index.NeedsSchemaUpgrade())
                logger.LogWarning("The index at {Path} was written by an earlier version: it is searched field by field, which is slower. Run `searchsvc index --upgrade` (the API stopped) to rewrite it; nothing is lost.", index.IndexPath);
            return;
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
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping.Cancel();
        return Task.CompletedTask;
    }
}
