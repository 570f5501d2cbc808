namespace SearchService.Ingestion.Dedup;

/// <summary>
/// Finds an earlier paragraph that is the same text or nearly so. Exact: equal normalised text. Near: Jaccard
/// resemblance of the sets of 3-character shingles of the normalised texts ≥ the threshold (0.9 by default; a
/// paragraph that differs from another by a clause or a truncated ending). Candidates come from MinHash with
/// locality-sensitive hashing (32 hashes in 8 bands of 4), so the cost per paragraph does not grow with the corpus;
/// every candidate is then checked with the exact resemblance.
/// </summary>
internal sealed class NearDuplicateIndex(double threshold)
{
    private const int ShingleSize = 3;
    private const int Bands = 8;
    private const int Rows = 4;
    private const int Hashes = Bands * Rows;
    private const int MaxCandidatesPerBucket = 64;

    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL);
    private static readonly ulong[] Increments = Seeds(0xC2B2AE3D27D4EB4FUL);

    private readonly Dictionary<string, int> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Band, ulong Key), List<int>> buckets = [];
    private readonly List<int[]> shingles = [];

    /// <summary>The id of the earlier paragraph this one duplicates, or -1 after registering it under <paramref name="id"/>.</summary>
    public int FindOrAdd(string normalized, int id)
    {
        if (exact.TryGetValue(normalized, out var same)) return same;
        var set = Shingles(normalized);
        var signature = set.Length == 0 ? null : Signature(set);
        if (signature is not null)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var band = 0; band < Bands; band++)
            {
                if (!buckets.TryGetValue((band, BandKey(signature, band)), out var candidates)) continue;
                // Text recombined from the same sentences fills some buckets with thousands of entries; comparing
                // with the most recent ones keeps the cost per paragraph bounded (duplicates in real documents are
                // near each other: repeated blocks, pasted sections).
                for (var c = Math.Max(0, candidates.Count - MaxCandidatesPerBucket); c < candidates.Count; c++)
                {
                    var candidate = candidates[c];
                    var score = Jaccard(set, shingles[candidate]);
                    if (score >= threshold && (score > bestScore || (score == bestScore && candidate < best)))
                    {
                        best = candidate;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0)
            {
                exact[normalized] = best;
                return best;
            }
        }

        exact[normalized] = id;
        while (shingles.Count <= id) shingles.Add([]);
        shingles[id] = set;
        if (signature is not null)
            for (var band = 0; band < Bands; band++)
            {
                var key = (band, BandKey(signature, band));
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(id);
            }
        return -1;
    }

    internal static double Jaccard(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)common / (a.Length + b.Length - common);
    }

    internal static int[] Shingles(string text)
    {
        if (text.Length < ShingleSize) return [];
        var set = new HashSet<int>();
        for (var i = 0; i + ShingleSize <= text.Length; i++)
        {
            // The three chars fit in 48 bits; a fixed mixer (not string.GetHashCode, which varies per process) makes 32.
            var z = ((ulong)text[i] << 32) | ((ulong)text[i + 1] << 16) | text[i + 2];
            z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
            z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
            set.Add((int)(z ^ (z >> 33)));
        }
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }

    private static ulong[] Signature(int[] set)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in set)
        {
            var x = (ulong)(uint)s;
            for (var h = 0; h < Hashes; h++)
            {
                var v = (x * Multipliers[h] + Increments[h]) ^ ((x * Multipliers[h]) >> 29);
                if (v < signature[h]) signature[h] = v;
            }
        }
        return signature;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 14695981039346656037UL;
        for (var r = 0; r < Rows; r++) key = (key ^ signature[band * Rows + r]) * 1099511628211UL;
        return key;
    }

    private static ulong[] Seeds(ulong seed)
    {
        var values = new ulong[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            seed += 0x9E3779B97F4A7C15UL;
            var z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            values[i] = (z ^ (z >> 31)) | 1;
        }
        return values;
    }
}
