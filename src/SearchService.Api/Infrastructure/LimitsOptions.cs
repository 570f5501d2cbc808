namespace SearchService.Api.Infrastructure;

/// <summary>Bound from configuration section <c>Limits</c>: what protects the service from oversized requests.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    public int MaxQueryLength { get; set; } = 1000;

    public int MaxPageSize { get; set; } = 100;

    /// <summary>page × size may not exceed this: deep paging is what the filters are for.</summary>
    public int MaxDepth { get; set; } = 10_000;

    public int MaxAnalyzeLength { get; set; } = 10_000;

    /// <summary>Request bodies (uploads) larger than this are refused with 413.</summary>
    public long MaxBodyBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Requests per client (remote address) per window; beyond it, 429 with Retry-After. 0 disables.</summary>
    public int RequestsPerWindow { get; set; } = 600;

    public int WindowSeconds { get; set; } = 10;

    /// <summary>
    /// Searches running at once: twice the cores (4 on the 2-core machine). Searching is CPU-bound, so more at once
    /// only stretches every search and starves the threads that answer health checks (32 running + 64 queued let 50
    /// explain searches delay /health/ready by 14 s).
    /// </summary>
    public int ConcurrentSearches { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Searches waiting for one of those: four times as many (16), a few hundred milliseconds of typical searches;
    /// beyond it a search is shed with 503 overloaded and Retry-After instead of waiting behind seconds of work.
    /// </summary>
    public int SearchQueue { get; set; } = 8 * Environment.ProcessorCount;
}
