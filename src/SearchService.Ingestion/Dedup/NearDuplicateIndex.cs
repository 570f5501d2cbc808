namespace SearchService.Ingestion.Dedup;

/// <summary>
/// Finds an earlier paragraph of the same source document that is the same text or nearly so. Exact: equal
/// normalised text. Near: Jaccard resemblance of the sets of 3-character shingles of the normalised texts ≥ the
/// threshold (0.9 by default; a paragraph that differs from another by a clause or a truncated ending). Candidates
/// come from <see cref="MinHash"/> bands, so the cost per paragraph does not grow with the document; every candidate
/// is then checked with the exact resemblance.
/// </summary>
internal sealed class NearDuplicateIndex(double threshold)
{
    private const int MaxCandidatesPerBucket = 64;

    private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Band, ulong Key), List<int>> buckets = [];
    private readonly Dictionary<int, int[]> shingles = [];

    /// <summary>The id of the earlier paragraph this one duplicates, or -1 after registering it under <paramref name="id"/>.</summary>
    public int FindOrAdd(string normalized, int id)
    {
        var (earlier, set, signature) = Search(normalized);
        if (earlier >= 0)
        {
            exact[normalized] = earlier;
            return earlier;
        }
        exact[normalized] = id;
        shingles[id] = set;
        if (signature is not null)
            for (var band = 0; band < MinHash.Bands; band++)
            {
                var key = (band, MinHash.BandKey(signature, band));
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(id);
            }
        return -1;
    }

    /// <summary>The id of the earlier paragraph this one duplicates, or -1; registers nothing.</summary>
    public int Find(string normalized) => Search(normalized).Earlier;

    /// <summary>Makes <paramref name="normalized"/> an exact duplicate of <paramref name="id"/> (a piece of a joined paragraph).</summary>
    public void Alias(string normalized, int id) => exact.TryAdd(normalized, id);

    private (int Earlier, int[] Set, ulong[]? Signature) Search(string normalized)
    {
        if (exact.TryGetValue(normalized, out var same)) return (same, [], null);
        var set = MinHash.Shingles(normalized);
        var signature = set.Length == 0 ? null : MinHash.Signature(set);
        if (signature is null) return (-1, set, null);
        var best = -1;
        var bestScore = 0.0;
        for (var band = 0; band < MinHash.Bands; band++)
        {
            if (!buckets.TryGetValue((band, MinHash.BandKey(signature, band)), out var candidates)) continue;
            // Text recombined from the same sentences fills some buckets with many entries; comparing with the most
            // recent ones keeps the cost per paragraph bounded (repeats in real documents are near each other).
            for (var c = Math.Max(0, candidates.Count - MaxCandidatesPerBucket); c < candidates.Count; c++)
            {
                var candidate = candidates[c];
                var score = MinHash.Jaccard(set, shingles[candidate]);
                if (score >= threshold && (score > bestScore || (score == bestScore && candidate < best)))
                {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return (best, set, signature);
    }
}
