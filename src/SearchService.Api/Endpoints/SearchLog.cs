using SearchService.Core.Search.Matching;

namespace SearchService.Api.Endpoints;

/// <summary>Source-generated log messages of the search path: no formatting or boxing unless the level is enabled.</summary>
internal static partial class SearchLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Search {Query} → {Total} hits ({MatchMode}) in {TookMs} ms, cached {Cached}")]
    public static partial void Searched(ILogger logger, string? query, int total, MatchMode matchMode, long tookMs, bool cached);
}
