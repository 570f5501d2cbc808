namespace SearchService.Core.Search;

/// <summary>A query ran past its time budget (configuration <c>Search:TimeBudgetMs</c>).</summary>
public sealed class SearchTimeoutException(TimeSpan budget)
    : Exception($"The query took longer than its budget of {budget.TotalMilliseconds:0} ms; narrow it (more words, a filter) and retry.")
{
    public TimeSpan Budget { get; } = budget;
}
