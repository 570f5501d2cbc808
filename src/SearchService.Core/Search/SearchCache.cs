using System.Text;
using Lucene.Net.Index;
using Microsoft.Extensions.Caching.Memory;

namespace SearchService.Core.Search;

/// <summary>
/// Answers a search asked again from memory, as long as the index has not changed: the key holds the reader's
/// version, which every commit moves, so a write makes all earlier answers unreachable (they age out). Bounded by
/// entry count, least recently used first out. A search and its cached copy differ only in <c>tookMs</c>.
/// </summary>
public sealed class SearchCache : IDisposable
{
    private readonly MemoryCache? cache;

    public SearchCache(int entries)
    {
        if (entries > 0) cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = entries, CompactionPercentage = 0.25 });
    }

    public bool TryGet(IndexReader reader, SearchRequest request, out SearchResult? response)
    {
        response = null;
        return cache is not null && Key(reader, request) is { } key && cache.TryGetValue(key, out response);
    }

    public void Add(IndexReader reader, SearchRequest request, SearchResult response)
    {
        if (cache is null || Key(reader, request) is not { } key) return;
        cache.Set(key, response, new MemoryCacheEntryOptions { Size = 1 });
    }

    /// <summary>Null for what is not cached: explanations (large, and asked for while debugging one query).</summary>
    private static string? Key(IndexReader reader, SearchRequest request)
    {
        if (request.Explain || reader is not DirectoryReader directory) return null;
        var key = new StringBuilder()
            .Append(directory.Version).Append('\u0001')
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
        return key.ToString();
    }

    public void Dispose() => cache?.Dispose();
}
