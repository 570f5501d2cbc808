using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Content-Security-Policy and the other browser hardening headers on every response — pages, JSON, files and
/// errors alike (set when the response starts, so error handlers that clear headers cannot drop them).
/// The page needs nothing beyond its own origin. The Scalar API reference under /scalar serves its scripts from this
/// origin too, but starts them with one inline script and injects &lt;style&gt; elements at run time: its HTML gets the
/// SHA-256 of exactly that inline script (computed from the response, so a Scalar upgrade cannot silently break it
/// or widen it) and inline styles, nothing else.
/// </summary>
public static partial class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    /// <summary>Referrers would only tell other sites what was searched for; nothing here reads them.</summary>
    public const string ReferrerPolicy = "no-referrer";

    public static string ScalarPolicy(IEnumerable<string> inlineScriptHashes) =>
        $"default-src 'self'; script-src 'self' {string.Join(' ', inlineScriptHashes.Select(h => $"'sha256-{h}'"))}; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsScalarPage(context.Request.Path))
        {
            await WriteScalarPage(context, () => next(context));
            return;
        }
        context.Response.OnStarting(() =>
        {
            Apply(context.Response.Headers, PagePolicy);
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static void Apply(IHeaderDictionary headers, string policy)
    {
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
    }

    /// <summary>The Scalar HTML (a few hundred bytes): /scalar, /scalar/ and /scalar/{document}, not its .js/.svg files.</summary>
    private static bool IsScalarPage(PathString path) =>
        path.StartsWithSegments("/scalar", out var rest) && !Path.HasExtension(rest.Value ?? "");

    private static async Task WriteScalarPage(HttpContext context, Func<Task> next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }
        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var hashes = InlineScript().Matches(html)
            .Select(m => m.Groups["body"].Value)
            .Where(body => body.Length > 0)
            .Select(body => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body))))
            .Distinct();
        Apply(context.Response.Headers, ScalarPolicy(hashes));
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    [GeneratedRegex(@"<script(?:\s[^>]*)?>(?<body>[\s\S]*?)</script>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
