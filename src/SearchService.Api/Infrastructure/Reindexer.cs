using Microsoft.Extensions.Options;
using SearchService.Api.Contracts;
using SearchService.Core.Sources;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Rebuilds the index from the sources folder in the background. The rebuild is one Lucene commit: searches keep
/// using the previous commit's reader until the new one is complete, then switch at once. One run at a time.
/// </summary>
public sealed class Reindexer(SourceIndexer indexer, IOptions<SourcesOptions> sources, ILogger<Reindexer> logger)
{
    private readonly Lock gate = new();
    private Task? running;

    public ReindexStatusResponse Status { get; private set; } = new(ReindexState.Idle, null, null, null, null);

    /// <summary>False when a rebuild is already running.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (running is { IsCompleted: false }) return false;
            Status = new ReindexStatusResponse(ReindexState.Running, DateTimeOffset.UtcNow, null, null, null);
            var started = Status.StartedAt;
            running = Task.Run(() =>
            {
                try
                {
                    var summary = indexer.Run(sources.Value.Path, rebuild: true);
                    Status = new ReindexStatusResponse(ReindexState.Succeeded, started, DateTimeOffset.UtcNow, IndexRunResponse.From(summary), null);
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Re-index failed; the previous index is still served");
                    Status = new ReindexStatusResponse(ReindexState.Failed, started, DateTimeOffset.UtcNow, null, ex.Message);
                }
            });
            return true;
        }
    }
}
