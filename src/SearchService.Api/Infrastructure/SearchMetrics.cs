using System.Diagnostics;
using System.Diagnostics.Metrics;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// The service's own instruments, exported with the ASP.NET Core ones on <c>/metrics</c>: search latency and hit
/// counts, and the index's document count and time since the last commit.
/// </summary>
public sealed class SearchMetrics
{
    public const string MeterName = "SearchService";

    private readonly Histogram<double> searchDuration;
    private readonly Counter<long> searches;

    public SearchMetrics(IMeterFactory meters, IndexService index)
    {
        var meter = meters.Create(MeterName);
        searchDuration = meter.CreateHistogram<double>("searchservice.search.duration", "ms", "Time to answer a search: query, facets and highlights (tag cached=true: from the result cache).");
        searches = meter.CreateCounter<long>("searchservice.searches", description: "Searches answered, by what they found (complete, title, related or none).");
        meter.CreateObservableGauge("searchservice.index.passages", () => index.Stats().Passages, description: "Passages in the index.");
        meter.CreateObservableGauge("searchservice.index.reports", () => index.Stats().Reports, description: "Reports in the index.");
        meter.CreateObservableGauge("searchservice.index.commit_age", () =>
            index.Stats().LastCommit is { } last ? (DateTimeOffset.UtcNow - last).TotalSeconds : 0, "s", "Seconds since this process last committed to the index.");
    }

    /// <param name="cached">Answered from the result cache: tagged, because a cached answer takes microseconds and would hide the search path's latency.</param>
    public void Searched(double milliseconds, SearchResult result, bool cached)
    {
        var found = result.Total > 0 ? "complete" : result.TitleMatches > 0 ? "title" : result.Related > 0 ? "related" : "none";
        var tags = new TagList { { "found", found }, { "cached", cached } };
        searchDuration.Record(milliseconds, tags);
        searches.Add(1, tags);
    }
}
