using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SearchService.Tests.Hostile;

namespace SearchService.Benchmarks;

/// <summary>
/// Hostile input against a running API (tests/hostile/hostile-test.sh starts one): each hostile upload it knows of is
/// sent once, with its status, time to answer and the server's resident memory before and after; then the report of
/// 80,000 劳模。 is posted and searched and the report list paged; then 48 slow searches at once while /health/ready is
/// timed. Prints a Markdown table; exits 1 when a target is missed (4xx within 5 s, RSS
/// growth under 300 MB, the process alive, /health/ready within 1 s).
/// </summary>
public static class HostileClient
{
    private static readonly TimeSpan AnswerTarget = TimeSpan.FromSeconds(5);
    private const long RssGrowthTarget = 300L * 1024 * 1024;
    private static readonly TimeSpan ReadyTarget = TimeSpan.FromSeconds(1);

    public static async Task<int> Run(string baseUrl, string apiKey, int serverPid, string slowQuery)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var failures = 0;
        Console.WriteLine("| hostile input | size sent | status | code | time to answer | server RSS before → after (peak) |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|");
        foreach (var (label, request) in Uploads())
        {
            var before = Rss(serverPid);
            using var content = request();
            var size = content.Headers.ContentLength ?? (await content.ReadAsByteArrayAsync()).Length;
            var clock = Stopwatch.StartNew();
            string status, code;
            try
            {
                using var response = await http.PostAsync("/api/reports", content);
                var body = await response.Content.ReadAsStringAsync();
                status = ((int)response.StatusCode).ToString();
                code = TryCode(body);
                if ((int)response.StatusCode is < 400 or >= 500 || clock.Elapsed > AnswerTarget) failures++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = "no answer";
                code = ex.GetType().Name;
                failures++;
            }
            var elapsed = clock.Elapsed;
            var after = Rss(serverPid);
            var alive = Alive(serverPid);
            if (!alive || after.Peak - before.Current > RssGrowthTarget) failures++;
            Console.WriteLine($"| {label} | {Bytes(size)} | {status} | {code} | {elapsed.TotalMilliseconds:N0} ms | {Mb(before.Current)} → {Mb(after.Current)} ({Mb(after.Peak)}){(alive ? "" : " **process died**")} |");
            if (!alive) return 1;
        }

        Console.WriteLine();
        failures += await LongReportAndListing(http, serverPid);
        Console.WriteLine();
        failures += await ReadyWhileSearching(http, serverPid, slowQuery);
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// The report of 80,000 <c>劳模。</c> (720 KB), then searches for it (its hit took 10 s, a plain <c>q=劳模</c> after
    /// it 17 s, when highlighting was quadratic), then the report listing anonymously, first and last page of one (3 s
    /// each with 250k passages when every report was deserialised). Each within 5 s, 2xx, the process alive.
    /// </summary>
    private static async Task<int> LongReportAndListing(HttpClient http, int serverPid)
    {
        var failures = 0;
        Console.WriteLine("| request | status | time to answer | server RSS after |");
        Console.WriteLine("|---|---:|---:|---:|");
        var text = string.Concat(Enumerable.Repeat("劳模。", 80_000));
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        var total = 0;
        var requests = new (string Label, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("POST a report of 80,000 `劳模。` (720 KB)", () => http.PostAsync("/api/reports", new StringContent(
                JsonSerializer.Serialize(new { title = "重复句子的报告", organisation = "重复区总工会", text }), Encoding.UTF8, "application/json"))),
            ("search `\"重复句子的报告\"`", () => anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"重复句子的报告\""))),
            ("search `劳模`, 100 hits", () => anonymous.GetAsync("/api/search?size=100&q=" + Uri.EscapeDataString("劳模"))),
            ("search `劳模`, 100 hits, explain", () => anonymous.GetAsync("/api/search?size=100&explain=true&q=" + Uri.EscapeDataString("劳模"))),
            ("GET /api/reports?size=1 (anonymous)", () => anonymous.GetAsync("/api/reports?size=1")),
            ("GET /api/reports?size=1, last page", () => anonymous.GetAsync($"/api/reports?size=1&page={Math.Max(1, total)}")),
        };
        foreach (var (label, send) in requests)
        {
            var clock = Stopwatch.StartNew();
            string status;
            try
            {
                using var response = await send();
                await response.Content.ReadAsByteArrayAsync();
                status = ((int)response.StatusCode).ToString();
                if (response.Headers.TryGetValues("X-Total-Count", out var count)) total = int.Parse(count.First());
                if (!response.IsSuccessStatusCode || clock.Elapsed > AnswerTarget) failures++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = "no answer";
                failures++;
            }
            var alive = Alive(serverPid);
            Console.WriteLine($"| {label} | {status} | {clock.Elapsed.TotalMilliseconds:N0} ms | {Mb(Rss(serverPid).Current)}{(alive ? "" : " **process died**")} |");
            if (!alive) return failures + 1;
        }
        return failures;
    }

    /// <summary>48 slow searches at once (explain=true, 100 hits each, never cached) while /health/ready is asked every 100 ms.</summary>
    private static async Task<int> ReadyWhileSearching(HttpClient http, int serverPid, string slowQuery)
    {
        const int searches = 48;
        var statuses = new int[searches];
        var searching = Stopwatch.StartNew();
        var running = Enumerable.Range(0, searches).Select(i => Task.Run(async () =>
        {
            try
            {
                using var response = await http.GetAsync($"/api/search?q={Uri.EscapeDataString(slowQuery)}&size=100&explain=true&facetSize={100 + i}");
                statuses[i] = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                statuses[i] = -1;
            }
        })).ToArray();
        var all = Task.WhenAll(running);
        var ready = new List<double>();
        // Probed from a thread of its own with blocking calls, so what is timed is the server, not this client's
        // thread pool, which is busy with the 48 searches.
        using var probe = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using (probe.Send(new HttpRequestMessage(HttpMethod.Get, "/health"))) { }
        var prober = new Thread(() =>
        {
            while (!all.IsCompleted || ready.Count == 0)
            {
                var clock = Stopwatch.StartNew();
                using var response = probe.Send(new HttpRequestMessage(HttpMethod.Get, "/health/ready"));
                ready.Add(response.IsSuccessStatusCode ? clock.Elapsed.TotalMilliseconds : double.PositiveInfinity);
                Thread.Sleep(50);
            }
        }) { IsBackground = true };
        prober.Start();
        await all;
        prober.Join();
        ready.Sort();
        var worst = ready[^1];
        var counts = string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {(g.Key < 0 ? "no answer" : g.Key.ToString())}"));
        Console.WriteLine($"| while {searches} slow searches run | |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| searches answered | {counts} in {searching.Elapsed.TotalSeconds:N1} s |");
        Console.WriteLine($"| /health/ready probes | {ready.Count}: median {ready[ready.Count / 2]:N0} ms, worst {worst:N0} ms |");
        Console.WriteLine($"| server RSS after | {Mb(Rss(serverPid).Current)} |");
        return worst <= ReadyTarget.TotalMilliseconds && Alive(serverPid) ? 0 : 1;
    }

    private static IEnumerable<(string Label, Func<HttpContent> Request)> Uploads()
    {
        yield return ("nested .docx, `<w:sdt><w:sdtContent>` × 50,000", () => File(HostileFiles.NestedDocx(50_000), "nested.docx"));
        yield return (".docx inflating to 50 MB of text", () => File(HostileFiles.DocxBomb(50), "bomb.docx"));
        yield return (".docx inflating to 300 MB of text", () => File(HostileFiles.DocxBomb(300), "bomb300.docx"));
        yield return ("PDF, 100 MB Flate content stream", () => File(HostileFiles.PdfBomb(100), "bomb.pdf"));
        yield return ("PDF, 1,000 MB Flate content stream", () => File(HostileFiles.PdfBomb(1000), "bomb1000.pdf"));
        yield return ("PDF, 4 MB unfiltered content stream", () => File(HostileFiles.PdfPlainContent(4 * 1024 * 1024), "plain.pdf"));
        yield return ("PDF, two forms drawing each other", () => File(HostileFiles.PdfFormLoop(), "loop.pdf"));
        yield return ("PDF, forms nested 5,000 deep", () => File(HostileFiles.PdfFormChain(5_000), "forms.pdf"));
        yield return ("PDF, page tree 50,000 deep", () => File(HostileFiles.PdfDeepPageTree(50_000), "tree.pdf"));
        yield return ("PDF, 5,000 empty pages", () => File(HostileFiles.PdfPages(5_000), "pages.pdf"));
        yield return ("organisation of 11,000 characters (JSON)", () => new StringContent(
            JsonSerializer.Serialize(new { title = "超长组织名", organisation = new string('工', 11_000), text = "一段正文。" }), Encoding.UTF8, "application/json"));
        yield return ("text of 3,000,000 characters (JSON)", () => new StringContent(
            JsonSerializer.Serialize(new { title = "长文", text = new string('字', 3_000_000) }), Encoding.UTF8, "application/json"));
        yield return ("multipart of 1,100 parts", () => Raw(string.Concat(Enumerable.Range(0, 1_100).Select(i => $"--b\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n")) + "--b--\r\n", "multipart/form-data; boundary=b"));
        yield return ("multipart part with 17 headers", () => Raw("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n" + string.Concat(Enumerable.Range(0, 16).Select(i => $"X-H{i}: v\r\n")) + "\r\nv\r\n--b--\r\n", "multipart/form-data; boundary=b"));
        yield return ("multipart without boundary", () => Raw("--b\r\n\r\nv\r\n--b--\r\n", "multipart/form-data"));
    }

    private static MultipartFormDataContent File(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static ByteArrayContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static string TryCode(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    /// <summary>VmRSS and VmHWM (the peak so far) of a process, from /proc.</summary>
    private static (long Current, long Peak) Rss(int pid)
    {
        try
        {
            var lines = System.IO.File.ReadAllLines($"/proc/{pid}/status");
            long Field(string name) => long.Parse(lines.First(l => l.StartsWith(name)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            return (Field("VmRSS:"), Field("VmHWM:"));
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }

    private static bool Alive(int pid) => Directory.Exists($"/proc/{pid}");

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):N0} MB";

    private static string Bytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):N1} MB" : $"{bytes / 1024.0:N1} KB";
}
