namespace SearchService.Ingestion.Dedup;

/// <summary>
/// Resemblance of texts as sets of 3-character shingles, estimated with MinHash: 32 hashes in 8 bands of 4, so two
/// texts with Jaccard resemblance 0.9 share at least one band with probability 0.9998 and two with 0.5 with 0.40 (the
/// candidates are then checked exactly). Every hash is a fixed function of the text, so band keys are the same in
/// every process and every run and can be stored in an index.
/// </summary>
internal static class MinHash
{
    public const int ShingleSize = 3;
    public const int Bands = 8;
    public const int Rows = 4;
    private const int Hashes = Bands * Rows;

    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL);
    private static readonly ulong[] Increments = Seeds(0xC2B2AE3D27D4EB4FUL);

    /// <summary>The sorted, distinct shingle hashes of a text; empty for a text shorter than a shingle.</summary>
    public static int[] Shingles(string text)
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

    public static double Jaccard(int[] a, int[] b)
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

    public static ulong[] Signature(int[] shingles)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
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

    public static ulong BandKey(ulong[] signature, int band)
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
