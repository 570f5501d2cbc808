using System.Text.Unicode;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// A query string whose percent-escapes are not UTF-8 (<c>q=%E5%8A</c>, <c>q=%D1%A7</c> from a GBK page) is refused
/// with 400 <c>bad_encoding</c>: left as it is, the framework keeps such an escape as literal text and the search runs
/// for "%E5%8A".
/// </summary>
public static class QueryEncoding
{
    public static IApplicationBuilder RefuseBadQueryEncoding(this IApplicationBuilder app) => app.Use((context, next) =>
        IsUtf8(context.Request.QueryString.Value)
            ? next(context)
            : Problems.Create(StatusCodes.Status400BadRequest, ProblemCodes.BadEncoding, "Query string not UTF-8",
                "The query string's percent-escapes are not UTF-8; encode parameters as UTF-8 (encodeURIComponent), or send the search as JSON with POST /api/search.")
                .ExecuteAsync(context));

    /// <summary>Whether every percent-escape is two hex digits and the bytes they spell are UTF-8.</summary>
    internal static bool IsUtf8(string? query)
    {
        if (string.IsNullOrEmpty(query) || !query.Contains('%')) return true;
        var bytes = new byte[query.Length];
        var n = 0;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '%')
            {
                if (i + 2 >= query.Length || !Uri.IsHexDigit(query[i + 1]) || !Uri.IsHexDigit(query[i + 2])) return false;
                bytes[n++] = (byte)Convert.ToInt32(query.Substring(i + 1, 2), 16);
                i += 2;
            }
            else if (c > 0x7F) return true; // already decoded text (TestServer, proxies): not an escape question
            else bytes[n++] = (byte)c;
        }
        return Utf8.IsValid(bytes.AsSpan(0, n));
    }
}
