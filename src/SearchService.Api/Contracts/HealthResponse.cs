using SearchService.Core.Indexing;

namespace SearchService.Api.Contracts;

/// <summary>Liveness or readiness, with what the index holds when ready.</summary>
public sealed record HealthResponse(string Status, IndexStatsResponse? Index);

/// <summary>What the index holds right now; <c>lastCommit</c> is this process's last write.</summary>
public sealed record IndexStatsResponse(int Reports, int Passages, int Sources, DateTimeOffset? LastCommit)
{
    public static IndexStatsResponse From(IndexStats stats) => new(stats.Reports, stats.Passages, stats.Sources, stats.LastCommit);
}
