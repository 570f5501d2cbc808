using Microsoft.Extensions.Options;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// On start, before the server accepts requests: when the index has never been built, builds it from the sources folder
/// and the document store, so the first search already has answers; otherwise replays whatever the document store
/// holds that the index's last commit does not (writes a crash interrupted between the two). Then builds the facet
/// arrays of the index, so the first search does not pay for them either, and warms the JIT with a few searches in the
/// background.
/// </summary>
public sealed class IndexBootstrapper(
    IndexService index,
    SourceIndexer indexer,
    StoreReplay replay,
    IndexOnlyReports indexOnly,
    WriteGate gate,
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
        if (index.HasBeenBuilt)
        {
            var replayed = 0;
            if (index.IsReadOnly)
                logger.LogInformation("The index at {Path} is served read-only as last committed: document-store changes it lacks are left for the writer to replay", index.IndexPath);
            else
                using (gate.Enter())
                {
                    var imported = indexOnly.Import();
                    replayed = replay.CatchUp() - imported;
                }
            if (replayed > 0) logger.LogWarning("Replayed {Count} document-store changes the index did not hold yet (the last run stopped between keeping a write and indexing it)", replayed);
            var stats = index.Stats();
            logger.LogInformation("Serving the index at {Path}: {Reports} reports, {Passages} passages", index.IndexPath, stats.Reports, stats.Passages);
            if (index.NeedsSchemaUpgrade())
                logger.LogWarning("The index at {Path} was written by an earlier version and lacks fields this one writes (older indexes are searched field by field, which is slower; credit lines written before they were indexed are not found). Run `searchsvc index --upgrade` (the API stopped) to rewrite it; nothing is lost.", index.IndexPath);
            return;
        }
        logger.LogInformation("No index at {Path}; building it from {Sources} and the document store", index.IndexPath, Path.GetFullPath(sources.Value.Path));
        try
        {
            indexer.Run(sources.Value.Path, rebuild: true);
        }
        catch (DirectoryNotFoundException ex)
        {
            logger.LogError("{Message} Serving only the documents written through the API until it exists.", ex.Message);
            using (gate.Enter()) replay.CatchUp();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping.Cancel();
        return Task.CompletedTask;
    }
}
