using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SearchService.Api.Tests;

/// <summary>The real app on a Kestrel port, for what only Kestrel refuses: these tests write raw HTTP/1.1 to a socket.</summary>
public sealed class KestrelApiFactory : ApiFactoryBase
{
    public KestrelApiFactory()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1")).Port;
    }

    public int Port { get; }

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Limits:RequestsPerWindow", "0");
}

/// <summary>
/// Requests Kestrel refuses before the app runs still get problem+json with a stable code: a URL over Limits:MaxUrlBytes
/// (414 url_too_long) and raw non-ASCII bytes in the URL (400 bad_encoding); a query of the whole Limits:MaxQueryLength
/// fits in a GET URL.
/// </summary>
public class KestrelRefusalTests(KestrelApiFactory server) : IClassFixture<KestrelApiFactory>
{
    private async Task<(int Status, string ContentType, string Body)> Send(byte[] target, string extraHeaders = "")
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", server.Port);
        var stream = socket.GetStream();
        byte[] request = [.. "GET "u8.ToArray(), .. target, .. Encoding.ASCII.GetBytes($" HTTP/1.1\r\nHost: localhost\r\n{extraHeaders}Connection: close\r\n\r\n")];
        await stream.WriteAsync(request);
        using var reader = new MemoryStream();
        await stream.CopyToAsync(reader);
        var response = Encoding.UTF8.GetString(reader.ToArray());
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = response[..split].Split("\r\n");
        var contentType = head.FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))?[13..].Trim() ?? "";
        var body = response[(split + 4)..];
        if (head.Any(h => h.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))) body = Unchunk(body);
        return (int.Parse(head[0].Split(' ')[1]), contentType, body);
    }

    private static string Unchunk(string chunked)
    {
        var text = new StringBuilder();
        var bytes = Encoding.UTF8.GetBytes(chunked);
        var at = 0;
        while (true)
        {
            var end = Array.IndexOf(bytes, (byte)'\r', at);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(bytes, at, end - at), 16);
            if (size == 0) return text.ToString();
            text.Append(Encoding.UTF8.GetString(bytes, end + 2, size));
            at = end + 2 + size + 2;
        }
    }

    private static string Query(string q) => "/api/search?size=1&q=" + Uri.EscapeDataString(q);

    [Fact]
    public async Task A_url_over_the_limit_is_url_too_long_problem_json()
    {
        var (status, contentType, body) = await Send(Encoding.ASCII.GetBytes(Query(new string('劳', 3000))));
        Assert.Equal(414, status);
        Assert.StartsWith("application/problem+json", contentType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("url_too_long", problem.GetProperty("code").GetString());
        Assert.Equal(414, problem.GetProperty("status").GetInt32());
        Assert.Contains("POST /api/search", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Headers_over_the_limit_are_headers_too_large_problem_json()
    {
        var cookie = "Cookie: " + string.Join("; ", Enumerable.Range(0, 3000).Select(i => $"c{i}=v{i}")) + "\r\n";
        var (status, contentType, body) = await Send(Encoding.ASCII.GetBytes(Query("劳模")), cookie);
        Assert.Equal(431, status);
        Assert.StartsWith("application/problem+json", contentType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("headers_too_large", problem.GetProperty("code").GetString());
        Assert.Equal(431, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_query_of_the_whole_length_limit_fits_in_a_get_url()
    {
        var longest = string.Concat(Enumerable.Repeat("劳模工匠创新工作室", 112));
        var (status, _, body) = await Send(Encoding.ASCII.GetBytes(Query(longest[..1000]) + "&region=" + Uri.EscapeDataString("浙江省")));
        Assert.True(status == 200, body);
        var (over, _, problem) = await Send(Encoding.ASCII.GetBytes(Query(longest[..1001])));
        Assert.Equal(400, over);
        Assert.Equal("query_too_long", JsonDocument.Parse(problem).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Raw_utf8_in_the_url_is_bad_encoding_problem_json()
    {
        var (status, contentType, body) = await Send([.. "/api/search?q="u8.ToArray(), .. Encoding.UTF8.GetBytes("劳模")]);
        Assert.Equal(400, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.Equal("bad_encoding", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=%ZZ")]
    [InlineData("/api/search?q=50%")]
    [InlineData("/api/search?q=%E5%8A%B3%E6")]
    public async Task Percent_escapes_that_are_not_utf8_are_bad_encoding(string target)
    {
        var (status, contentType, body) = await Send(Encoding.ASCII.GetBytes(target));
        Assert.Equal(400, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.Equal("bad_encoding", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Ordinary_requests_pass_through_untouched()
    {
        var (status, contentType, body) = await Send(Encoding.ASCII.GetBytes(Query("劳模")));
        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() > 0);
        var (missing, _, problem) = await Send("/api/reports/r-none"u8.ToArray());
        Assert.Equal(404, missing);
        Assert.Equal("not_found", JsonDocument.Parse(problem).RootElement.GetProperty("code").GetString());
    }
}
