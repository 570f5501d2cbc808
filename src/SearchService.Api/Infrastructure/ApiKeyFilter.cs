using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Checks <c>X-Api-Key</c> against the configured keys. Keys are compared as SHA-256 digests with a fixed-time
/// comparison, so neither the content nor the length of a key leaks through timing. Keys are never logged.
/// </summary>
public abstract class ApiKeyFilter(IOptions<AuthOptions> options, bool forWrites) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var auth = options.Value;
        var keys = auth.ApiKeys.Where(k => !string.IsNullOrEmpty(k)).ToArray();
        if (!forWrites && !auth.RequireKeyForReads) return await next(context);
        if (forWrites && keys.Length == 0)
            return Problems.Create(StatusCodes.Status403Forbidden, ProblemCodes.WritesDisabled, "Writes disabled",
                "Writes are disabled because no API key is configured. Set Auth:ApiKeys (environment Auth__ApiKeys__0=…) and send it in the X-Api-Key header.");

        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(given))
            return Unauthorized("This endpoint needs an API key in the X-Api-Key header.");
        if (!IsValid(given, keys))
            return Unauthorized("The API key in X-Api-Key is not valid.");
        return await next(context);
    }

    private static IResult Unauthorized(string detail)
    {
        return Problems.Create(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized, "API key required", detail);
    }

    internal static bool IsValid(string given, IEnumerable<string> keys)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var valid = false;
        foreach (var key in keys)
            valid |= CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return valid;
    }
}

/// <summary>Write endpoints: a configured key is always required.</summary>
public sealed class WriteKeyFilter(IOptions<AuthOptions> options) : ApiKeyFilter(options, forWrites: true);

/// <summary>Read endpoints: open unless Auth:RequireKeyForReads is set.</summary>
public sealed class ReadKeyFilter(IOptions<AuthOptions> options) : ApiKeyFilter(options, forWrites: false);
