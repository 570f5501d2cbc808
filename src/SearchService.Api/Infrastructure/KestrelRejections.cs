using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Kestrel refuses a request it cannot read — a request line longer than <c>Limits:MaxUrlBytes</c>, raw non-ASCII
/// bytes in the URL, malformed headers — before the application runs, with an empty body. This connection middleware
/// gives those refusals the problem+json body and stable <c>code</c> every other error has: 414 <c>url_too_long</c>
/// (pointing at <c>POST /api/search</c>), 431 <c>headers_too_large</c> and 400 <c>bad_encoding</c>. Every other response passes through untouched.
/// </summary>
public static class KestrelRejections
{
    public static void UseProblemBodies(this ListenOptions listen) => listen.Use(next => connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new Duplex(transport.Input, new ProblemBodyWriter(transport.Output));
        return next(connection);
    });

    /// <summary>The start of Kestrel's own refusals: status line, then an empty body announced first.</summary>
    private static readonly (byte[] Head, int Status, string Code, string Title, string Detail)[] Refusals =
    [
        (Encoding.ASCII.GetBytes("HTTP/1.1 414 URI Too Long\r\nContent-Length: 0\r\n"), 414, ProblemCodes.UrlTooLong, "URL too long",
            "The request URL is longer than this server accepts; send long queries as JSON with POST /api/search."),
        (Encoding.ASCII.GetBytes("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\n"), 431, ProblemCodes.HeadersTooLarge, "Request headers too large",
            "The request's headers (often cookies) are larger than this server accepts."),
        (Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"), 400, ProblemCodes.BadEncoding, "Malformed request",
            "The request line or headers could not be read: a URL must be ASCII, with other characters UTF-8 percent-encoded (encodeURIComponent)."),
    ];

    private static readonly int ShortestHead = Refusals.Min(r => r.Head.Length);

    internal static byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        foreach (var (head, status, code, title, detail) in Refusals)
        {
            if (!written.StartsWith(head)) continue;
            var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["type"] = status switch
                {
                    414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
                    431 => "https://tools.ietf.org/html/rfc6585#section-5",
                    _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                },
                ["title"] = title,
                ["status"] = status,
                ["detail"] = detail,
                [ProblemDetailsSetup.CodeMember] = code,
            });
            var statusLine = Encoding.ASCII.GetString(head[..head.AsSpan().IndexOf((byte)'\r')]);
            var rest = Encoding.ASCII.GetString(written[head.Length..]); // Kestrel's remaining headers (Connection, Date, Server) and the blank line
            var response = $"{statusLine}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: {body.Length}\r\n" +
                $"X-Content-Type-Options: nosniff\r\nContent-Security-Policy: {SecurityHeaders.PagePolicy}\r\n{rest}";
            return [.. Encoding.ASCII.GetBytes(response), .. body];
        }
        return null;
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>
    /// Passes every write to the transport, looking only at the first bytes of each committed block: Kestrel writes a
    /// refusal's head in one block and closes the connection after it.
    /// </summary>
    private sealed class ProblemBodyWriter(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> current;

        public override void Advance(int bytes)
        {
            if (bytes >= ShortestHead && current.Span[0] == (byte)'H' && Rewrite(current.Span[..bytes]) is { } replaced)
            {
                inner.Write<byte>(replaced);
                return;
            }
            inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => current = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (current = inner.GetMemory(sizeHint)).Span;

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
