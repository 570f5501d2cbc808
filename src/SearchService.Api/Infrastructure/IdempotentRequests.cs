using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SearchService.Core.Documents;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// The <c>Idempotency-Key</c> request header on writes: the first successful answer to a key is kept in the document
/// store (bounded by <c>Documents:IdempotencyKeys</c> and <c>:IdempotencyHours</c>) and replayed — same status, same
/// body — when a request with that key comes again, so a client may retry any write it is unsure about. The same key
/// with a different request is 422 <c>idempotency_key_reused</c>; while the first is still running, 409 <c>conflict</c>.
/// </summary>
public sealed class IdempotentRequests(DocumentStore store, IOptions<JsonOptions> json)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    private readonly ConcurrentDictionary<string, byte> running = new(StringComparer.Ordinal);
    private readonly JsonSerializerOptions serializer = json.Value.SerializerOptions;

    /// <param name="request">What identifies the request beyond its key: method, path and a hash of what it asks for.</param>
    public Attempt Begin(HttpContext http, string request)
    {
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0) return new Attempt(this, null, request, null);
        if (key.Length > MaxKeyLength || key.Any(c => c < ' ' || c > '~'))
            return new Attempt(this, null, request, Problems.InvalidParameter(Header, "Invalid Idempotency-Key",
                $"An Idempotency-Key is 1 to {MaxKeyLength} printable ASCII characters (a UUID, say)."));
        if (store.Answer(key) is { } earlier)
            return new Attempt(this, null, request, earlier.RequestFingerprint == request ? Replay(earlier) : Reused(key));
        if (!running.TryAdd(key, 0))
            return new Attempt(this, null, request, Problems.Conflict(ProblemCodes.Conflict, "Request in progress",
                "A request with this Idempotency-Key is still running; retry when it has answered."));
        // Answered by another request while this one waited to start.
        if (store.Answer(key) is { } raced)
        {
            running.TryRemove(key, out _);
            return new Attempt(this, null, request, raced.RequestFingerprint == request ? Replay(raced) : Reused(key));
        }
        return new Attempt(this, key, request, null);
    }

    private void Keep(IdempotentAnswer answer) => store.Remember(answer);

    private static IResult Replay(IdempotentAnswer answer)
    {
        var result = answer.Body is null ? TypedResults.StatusCode(answer.Status) : (IResult)TypedResults.Content(answer.Body, "application/json", null, answer.Status);
        return answer.Location is null ? result : new WithLocation(result, answer.Location);
    }

    private static ProblemHttpResult Reused(string key) =>
        Problems.Create(StatusCodes.Status422UnprocessableEntity, ProblemCodes.IdempotencyKeyReused, "Idempotency-Key reused",
            $"The Idempotency-Key '{key}' was used for a different request; use a new key for a new request.");

    /// <summary>One request with (or without) a key: remembers its answer if it succeeds, and lets the key go.</summary>
    public sealed class Attempt(IdempotentRequests owner, string? key, string request, IResult? answer) : IDisposable
    {
        /// <summary>Not null: answer this (a replay, or why the key cannot be used) instead of running the request.</summary>
        public IResult? Answer { get; } = answer;

        /// <summary>Keeps a successful answer for replay before it is sent.</summary>
        public void Remember<T>(int status, T? body, string? location = null)
        {
            if (key is null || status is < 200 or > 299) return;
            var text = body is null ? null : JsonSerializer.Serialize(body, owner.serializer);
            owner.Keep(new IdempotentAnswer(IdempotentAnswer.CurrentVersion, key, request, status, location, text, DateTimeOffset.UtcNow));
        }

        public void Dispose()
        {
            if (key is not null) owner.running.TryRemove(key, out _);
        }
    }

    /// <summary>A replayed answer with the Location header of the original.</summary>
    private sealed class WithLocation(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
