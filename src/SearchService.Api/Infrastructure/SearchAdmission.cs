using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SearchService.Core;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// How many searches run at once (<see cref="LimitsOptions.ConcurrentSearches"/>) and how many may wait
/// (<see cref="LimitsOptions.SearchQueue"/>); beyond that a search is shed with 503 <c>overloaded</c> and Retry-After
/// rather than queued behind minutes of work. Searches are CPU-bound: more running than about twice the cores only
/// slows every one of them and starves the threads that answer health checks. One instance for the process.
/// </summary>
public sealed class SearchAdmission : IDisposable
{
    public SearchAdmission(IOptions<LimitsOptions> limits)
    {
        var options = limits.Value;
        Limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, options.ConcurrentSearches),
            QueueLimit = Math.Max(0, options.SearchQueue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The permits: one per running search.</summary>
    public ConcurrencyLimiter Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}

/// <summary>The rate-limiter policy of the search endpoints: every request in the one <see cref="SearchAdmission"/> queue.</summary>
public sealed class SearchAdmissionPolicy(SearchAdmission admission) : IRateLimiterPolicy<string>
{
    /// <summary>A client that was shed should come back once the queue has had time to drain.</summary>
    public const int RetryAfterSeconds = 1;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
        RateLimiting.Reject(context.HttpContext, StatusCodes.Status503ServiceUnavailable, ProblemCodes.Overloaded, "Too many searches",
            "The search queue is full; retry after {0} s.", TimeSpan.FromSeconds(RetryAfterSeconds));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.Get("search", _ => new Shared(admission.Limiter));

    /// <summary>
    /// The one limiter as seen by the rate-limiting middleware, which disposes a partition's limiter once it has been
    /// idle for a while and asks for a new one: this view is never idle and never disposes the shared limiter.
    /// </summary>
    private sealed class Shared(RateLimiter inner) : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            inner.AcquireAsync(permitCount, cancellationToken);
    }
}
