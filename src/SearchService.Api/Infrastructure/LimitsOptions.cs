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
}
