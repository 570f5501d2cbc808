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

    /// <summary>Searches running at once; more wait in a short queue, then get 429.</summary>
    public int ConcurrentSearches { get; set; } = 32;

    public int SearchQueue { get; set; } = 64;
}
