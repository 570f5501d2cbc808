namespace SearchService.Api.Endpoints;

/// <summary>Source-generated log messages of the search path: no formatting or boxing unless the level is enabled.</summary>
internal static partial class SearchLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Search {Query} → {Total} complete matches, {TitleMatches} title matches in {TookMs} ms, cached {Cached}")]
    public static partial void Searched(ILogger logger, string? query, int total, int titleMatches, long tookMs, bool cached);
}
