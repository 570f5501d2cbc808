using System.Text;
using Lucene.Net.Index;

namespace SearchService.Core.Search;

/// <summary>
/// Answers a search asked again from memory, as long as the index has not changed. Every answer is for one version of
/// the index (the reader's, which every commit moves): the first answer for a newer version empties the cache, so what
/// a write made stale is released at once instead of ageing out. Bounded by entries and by bytes (each answer's size
/// estimated from its strings and lists), least recently used first out; an answer larger than a quarter of the bytes
/// is not kept at all, so a few huge answers cannot hold the memory (ten 52 MB answers took the process from 1.45 to
/// 2.98 GB under the entry bound alone). A search and its cached copy differ only in <c>tookMs</c>.
/// </summary>
public sealed class SearchCache : IDisposable
{
    /// <summary>The byte bound when none is configured.</summary>
    public const long DefaultBytes = 64L * 1024 * 1024;

    private readonly Lock sync = new();
    private readonly int maxEntries;
    private readonly long maxBytes;
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> recency = new();
    private long version = -1;

    /// <param name="entries">At most this many answers; 0 turns the cache off.</param>
    /// <param name="bytes">At most this many bytes of answers (estimated); 0 turns the cache off.</param>
    public SearchCache(int entries, long bytes = DefaultBytes)
    {
        maxEntries = Math.Max(0, entries);
        maxBytes = Math.Max(0, bytes);
    }

    /// <summary>Estimated bytes of the answers held now.</summary>
    public long HeldBytes { get; private set; }

    /// <summary>Answers held now.</summary>
    public int Count
    {
        get
        {
            lock (sync) return entries.Count;
        }
    }

    private bool Enabled => maxEntries > 0 && maxBytes > 0;

    public bool TryGet(IndexReader reader, SearchRequest request, out SearchResult? response)
    {
        response = null;
        if (!Enabled || Key(reader, request) is not { } key) return false;
        lock (sync)
        {
            if (key.Version != version)
            {
                // The index has changed since these answers: release them now rather than when they age out.
                if (key.Version > version) Clear();
                return false;
            }
            if (!entries.TryGetValue(key.Text, out var node)) return false;
            recency.Remove(node);
            recency.AddFirst(node);
            response = node.Value.Result;
            return true;
        }
    }

    public void Add(IndexReader reader, SearchRequest request, SearchResult response)
    {
        if (!Enabled || Key(reader, request) is not { } key) return;
        var size = EstimateBytes(response) + 2L * key.Text.Length;
        if (size > maxBytes / 4) return;
        lock (sync)
        {
            if (key.Version < version) return; // answered on a reader a commit has already replaced
            if (key.Version > version)
            {
                Clear();
                version = key.Version;
            }
            if (entries.Remove(key.Text, out var old))
            {
                recency.Remove(old);
                HeldBytes -= old.Value.Bytes;
            }
            entries[key.Text] = recency.AddFirst(new Entry(key.Text, response, size));
            HeldBytes += size;
            while (entries.Count > maxEntries || HeldBytes > maxBytes)
            {
                var last = recency.Last!;
                recency.RemoveLast();
                entries.Remove(last.Value.Key);
                HeldBytes -= last.Value.Bytes;
            }
        }
    }

    private void Clear()
    {
        entries.Clear();
        recency.Clear();
        HeldBytes = 0;
    }

    /// <summary>
    /// What an answer costs in memory, about: two bytes a character plus object headers, for every string and list it
    /// holds. Deliberately simple; it only has to grow with the answer.
    /// </summary>
    public static long EstimateBytes(SearchResult result)
    {
        static long Text(string? s) => s is null ? 0 : 24 + 2L * s.Length;
        static long Texts(IReadOnlyList<string>? list) => list is null ? 0 : 32 + list.Sum(s => 8 + Text(s));
        long Facets(IReadOnlyList<FacetValue> values) => 32 + values.Sum(v => 56 + Text(v.Value) + Text(v.Path));
        static long Cited(Citations.CitationParts? c) => c is null ? 0
            : 96 + Text(c.Author) + Text(c.Title) + Text(c.Compilation) + Text(c.Publisher) + Text(c.Date) + Text(c.Source) + Text(c.Location) + Text(c.SourceUrl)
              + 32 + 24L * c.Lines.Count;
        var bytes = 160 + Text(result.Query) + 32 + Facets(result.Facets.Organisation) + Facets(result.Facets.Region) + Facets(result.Facets.Theme)
                    + Facets(result.Facets.Year) + Text(result.DidYouMean) + (result.SuggestedFilters ?? []).Sum(f => 48 + Text(f.Value) + Text(f.Path));
        foreach (var hit in result.Hits)
            bytes += 120 + Text(hit.Id) + Text(hit.ReportId) + Text(hit.ReportTitle) + Text(hit.Organisation) + Text(hit.Region) + Texts(hit.RegionPath)
                     + Texts(hit.Themes) + Text(hit.Section) + Text(hit.Text) + Texts(hit.Highlights) + Text(hit.Explanation)
                     + Texts(hit.MatchedIn) + Text(hit.TitleHighlight) + Text(hit.SectionHighlight) + Text(hit.CreditsHighlight) + Text(hit.Date) + Cited(hit.Citation) + Texts(hit.SharedTerms);
        return bytes;
    }

    /// <summary>Null for what is not cached: explanations (large, and asked for while debugging one query).</summary>
    private static (string Text, long Version)? Key(IndexReader reader, SearchRequest request)
    {
        if (request.Explain || reader is not DirectoryReader directory) return null;
        var key = new StringBuilder()
            .Append(request.Query).Append('\u0001')
            .Append(request.Page).Append(',').Append(request.Size).Append(',').Append(request.Operator).Append(',')
            .Append(request.GroupByReport).Append(',').Append(request.Sort).Append(',').Append(request.FacetSize).Append(',')
            .Append(request.YearFrom).Append(',').Append(request.YearTo);
        foreach (var (dimension, values) in (request.Filters?.Values ?? new Dictionary<string, IReadOnlyList<string>>()).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (values.Count == 0) continue;
            key.Append('\u0001').Append(dimension);
            foreach (var value in values.Order(StringComparer.Ordinal)) key.Append('\u0002').Append(value);
        }
        return (key.ToString(), directory.Version);
    }

    public void Dispose()
    {
        lock (sync) Clear();
    }

    private sealed record Entry(string Key, SearchResult Result, long Bytes);
}
