using System.ComponentModel.DataAnnotations;

namespace SearchService.Core;

/// <summary>
/// Bound from configuration section <c>Limits</c>: every bound on what one request may ask for, in one place. The
/// engine, the endpoints, their validation and the page (through <c>GET /api/limits</c>) all read these values, so
/// raising one raises it everywhere.
/// </summary>
public sealed class LimitsOptions : IValidatableObject
{
    public const string Section = "Limits";

    [Range(1, 100_000, ErrorMessage = "Limits:MaxQueryLength must be from 1 to 100000 characters.")]
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>
    /// The longest request line Kestrel reads (its default is 8 KB): a query of MaxQueryLength Chinese characters is
    /// 9 bytes a character percent-encoded, plus its filters, so 16 KB lets the whole query limit be reached with GET.
    /// Longer URLs get 414 url_too_long; POST /api/search takes any query up to MaxQueryLength.
    /// </summary>
    [Range(1024, 1024 * 1024, ErrorMessage = "Limits:MaxUrlBytes must be from 1024 to 1048576.")]
    public int MaxUrlBytes { get; set; } = 16 * 1024;

    /// <summary>Hits per page when the request does not say.</summary>
    [Range(1, 10_000, ErrorMessage = "Limits:DefaultPageSize must be from 1 to 10000.")]
    public int DefaultPageSize { get; set; } = 10;

    [Range(1, 10_000, ErrorMessage = "Limits:MaxPageSize must be from 1 to 10000.")]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>page × size may not exceed this: deep paging is what the filters are for.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Limits:MaxDepth must be from 1 to 1000000.")]
    public int MaxDepth { get; set; } = 10_000;

    /// <summary>Values per facet in one search response; <c>GET /api/facets</c> lists them all.</summary>
    [Range(1, 100_000, ErrorMessage = "Limits:MaxFacetSize must be from 1 to 100000.")]
    public int MaxFacetSize { get; set; } = 1000;

    /// <summary>Hits in one export (all pages of a search).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Limits:MaxExportHits must be from 1 to 1000000.")]
    public int MaxExportHits { get; set; } = 1000;

    [Range(1, 1000, ErrorMessage = "Limits:MaxSuggestions must be from 1 to 1000.")]
    public int MaxSuggestions { get; set; } = 50;

    /// <summary>Precedents (similar passages) in one response.</summary>
    [Range(1, 10_000, ErrorMessage = "Limits:MaxSimilar must be from 1 to 10000.")]
    public int MaxSimilar { get; set; } = 100;

    /// <summary>Reports in one page of <c>GET /api/reports</c>.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Limits:MaxReportPageSize must be from 1 to 1000000.")]
    public int MaxReportPageSize { get; set; } = 1000;

    /// <summary>
    /// Characters of a passage's text in a search hit (and an export row); longer texts are cut, with
    /// <c>textTruncated</c>, and <c>/api/passages/{id}</c> has them whole. Ingestion splits paragraphs at
    /// Ingestion:Limits:MaxPassageChars (2,000), so this cuts only passages of an index written before that or with a
    /// raised limit.
    /// </summary>
    [Range(100, 10_000_000, ErrorMessage = "Limits:MaxHitTextChars must be from 100 to 10000000.")]
    public int MaxHitTextChars { get; set; } = 2_000;

    [Range(1, 10_000_000, ErrorMessage = "Limits:MaxAnalyzeLength must be from 1 to 10000000 characters.")]
    public int MaxAnalyzeLength { get; set; } = 10_000;

    /// <summary>Request bodies (uploads) larger than this are refused with 413.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "Limits:MaxBodyBytes must be at least 1.")]
    public long MaxBodyBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Requests per client (remote address) per window; beyond it, 429 with Retry-After. 0 disables.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Limits:RequestsPerWindow must be 0 (no limit) or more.")]
    public int RequestsPerWindow { get; set; } = 600;

    [Range(1, 3600, ErrorMessage = "Limits:WindowSeconds must be from 1 to 3600.")]
    public int WindowSeconds { get; set; } = 10;

    /// <summary>
    /// Searches running at once: twice the cores (4 on the 2-core machine). Searching is CPU-bound, so more at once
    /// only stretches every search and starves the threads that answer health checks (32 running + 64 queued let 50
    /// explain searches delay /health/ready by 14 s).
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "Limits:ConcurrentSearches must be from 1 to 10000.")]
    public int ConcurrentSearches { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Searches waiting for one of those: sixteen per core (32 on 2 cores), so 32 clients searching at once queue
    /// rather than being shed, and the queue is still a few hundred milliseconds of typical searches; beyond it a
    /// search is shed with 503 overloaded and Retry-After instead of waiting behind seconds of work.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "Limits:SearchQueue must be 0 or more.")]
    public int SearchQueue { get; set; } = 16 * Environment.ProcessorCount;

    /// <summary>
    /// How long a write waits for the one before it (or for a re-index's final commit) before it is answered 503
    /// overloaded with Retry-After instead of hanging.
    /// </summary>
    [Range(1, 600_000, ErrorMessage = "Limits:WriteWaitMs must be from 1 to 600000 ms.")]
    public int WriteWaitMs { get; set; } = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultPageSize > MaxPageSize)
            yield return new ValidationResult($"Limits:DefaultPageSize ({DefaultPageSize}) may not exceed Limits:MaxPageSize ({MaxPageSize}).", [nameof(DefaultPageSize)]);
        if (MaxPageSize > MaxDepth)
            yield return new ValidationResult($"Limits:MaxPageSize ({MaxPageSize}) may not exceed Limits:MaxDepth ({MaxDepth}).", [nameof(MaxPageSize)]);
    }
}
