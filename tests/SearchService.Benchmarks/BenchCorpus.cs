using System.Text.Json;
using SearchService.Ingestion;

namespace SearchService.Benchmarks;

/// <summary>
/// The documents of a peer-style JSONL file (<c>searchsvc generate</c> writes <c>passages.jsonl</c>) as reports of
/// one passage each, so this service and the Java peer index exactly the same text and facets.
/// </summary>
public static class BenchCorpus
{
    private sealed record JsonDoc(string Id, string Title, string Organisation, string? Region, string[] Themes, string Text);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<Report> Load(string path, int limit = int.MaxValue) =>
        File.ReadLines(path).Where(l => l.Length > 0).Take(limit).Select(line =>
        {
            var d = JsonSerializer.Deserialize<JsonDoc>(line, Json)!;
            var passage = new Passage(d.Id, "r-" + d.Id, 1, d.Text, [], d.Organisation, d.Region, d.Themes, [new Occurrence("r-" + d.Id, "bench", 1, [], d.Text)]);
            return new Report("r-" + d.Id, d.Title, null, d.Organisation, d.Region, d.Themes, null, null, "bench", [new Section([], [passage])]);
        }).ToList();

    /// <summary>The first <paramref name="limit"/> documents of the JSONL named by the <c>BENCH_DOCS</c> variable.</summary>
    public static IReadOnlyList<Report> FromEnvironment(int limit)
    {
        var docs = Environment.GetEnvironmentVariable("BENCH_DOCS")
            ?? throw new InvalidOperationException("Set BENCH_DOCS to a passages.jsonl (searchsvc generate --reports 20000 --out DIR writes DIR/passages.jsonl).");
        var reports = Load(docs, limit);
        if (reports.Count < limit) throw new InvalidOperationException($"{docs} holds {reports.Count} documents, fewer than {limit}.");
        return reports;
    }

    public static long Bytes(IEnumerable<Report> reports) => reports.Sum(r =>
        (long)System.Text.Encoding.UTF8.GetByteCount(r.Title) + r.Sections.Sum(s => s.Passages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text))));
}
