namespace SearchService.Api.Infrastructure;

/// <summary>
/// The stable <c>code</c> of every problem response (the page maps it to Chinese text; other systems branch on it).
/// The table with statuses and extra members is in the API project's README.
/// </summary>
public static class ProblemCodes
{
    public const string InvalidParameter = "invalid_parameter";
    public const string QuerySyntax = "query_syntax";
    public const string QueryTooLong = "query_too_long";
    public const string PageTooDeep = "page_too_deep";
    public const string BadEncoding = "bad_encoding";
    public const string Unauthorized = "unauthorized";
    public const string WritesDisabled = "writes_disabled";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string ReindexRunning = "reindex_running";
    public const string PreconditionFailed = "precondition_failed";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string UrlTooLong = "url_too_long";
    public const string HeadersTooLarge = "headers_too_large";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string UnprocessableDocument = "unprocessable_document";
    public const string RateLimited = "rate_limited";
    public const string Overloaded = "overloaded";
    public const string SearchTimeout = "search_timeout";
    public const string NotReady = "not_ready";
    public const string Internal = "internal";

    /// <summary>The code of a problem whose producer gave none (framework responses: validation, 404 routes, 405, 429…).</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => InvalidParameter,
        401 => Unauthorized,
        403 => WritesDisabled,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        412 => PreconditionFailed,
        413 => PayloadTooLarge,
        414 => UrlTooLong,
        431 => HeadersTooLarge,
        415 => UnsupportedMediaType,
        422 => UnprocessableDocument,
        429 => RateLimited,
        503 => Overloaded,
        _ => Internal,
    };
}
