using System.Runtime.CompilerServices;
namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// Lucene's word-pair dictionary (<c>bigramdict.mem</c>): frequencies of "a@b" keys, stored only as 64-bit hashes.
/// Colliding keys share a frequency, exactly as in Java.
/// </summary>
/// <remarks>
/// The file's table is filled to 82 % and probed by double hashing, so the usual question — a pair that is not in the
/// dictionary — visits about five random slots before it meets an empty one. Lucene's table never has deletions and
/// holds each hash at most once, so its probe finds a hash exactly when the hash is stored; the same hash → frequency
/// map is therefore re-laid into a power-of-two table probed linearly, behind a 512 KB bit filter (one bit per hash
/// bucket, which stays in the CPU cache) that answers most misses without touching the table.
/// </remarks>
internal sealed class BigramDictionary
{
    private const int FileTableLength = 402137;
    private const long FnvOffset = unchecked((long)0xCBF29CE484222325);
    private const long FnvPrime = 0x100000001B3;
    private const int TableBits = 19;
    private const int TableMask = (1 << TableBits) - 1;
    private const int FilterBits = 22;

    private readonly long[] hashes;       // 0 = empty slot, as in the file
    private readonly int[] frequencies;
    private readonly ulong[] maybeStored;  // bit per filter bucket: clear = no stored hash falls in the bucket

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BigramDictionary(long[] hashes, int[] frequencies)
    {
        this.hashes = hashes;
        this.frequencies = frequencies;
        maybeStored = new ulong[1 << (FilterBits - 6)];
        foreach (var hash in hashes)
            if (hash != 0) maybeStored[FilterBit(hash) >> 6] |= 1UL << FilterBit(hash);
    }

    private static int FilterBit(long hash) => (int)(unchecked((ulong)hash * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits));

    public int Count => hashes.Count(h => h != 0);

    /// <summary>From the file's table: slot → key hash (0 = empty) and slot → frequency.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BigramDictionary FromFileTable(ReadOnlySpan<long> fileHashes, ReadOnlySpan<int> fileFrequencies)
    {
        if (fileHashes.Length != FileTableLength || fileFrequencies.Length != FileTableLength)
            throw new InvalidDataException($"bigramdict.mem: tables of {fileHashes.Length}/{fileFrequencies.Length} entries, {FileTableLength} expected");

        var hashes = new long[1 << TableBits];
        var frequencies = new int[1 << TableBits];
        for (var slot = 0; slot < fileHashes.Length; slot++)
        {
            var hash = fileHashes[slot];
            if (hash == 0) continue;
            var i = Home(hash);
            while (hashes[i] != 0 && hashes[i] != hash) i = (i + 1) & TableMask;
            if (hashes[i] == hash) throw new InvalidDataException($"bigramdict.mem: hash {hash} stored twice");
            hashes[i] = hash;
            frequencies[i] = fileFrequencies[slot];
        }
        return new BigramDictionary(hashes, frequencies);
    }

    /// <summary>The frequency of the key <c>first + '@' + second</c>.</summary>
    public int Frequency(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Frequency(Prefix(first), second);

    /// <summary>The hash after <c>first + '@'</c>: computed once per graph node, reused for each of its edges.</summary>
    public static KeyPrefix Prefix(ReadOnlySpan<char> first) => new(Fnv1a(Fnv1a(FnvOffset, first), "@"));

    public readonly record struct KeyPrefix(long Hash);

    /// <summary>The frequency of the key <c>prefix + second</c>.</summary>
    public int Frequency(KeyPrefix prefix, ReadOnlySpan<char> second) => FrequencyOfHash(Fnv1a(prefix.Hash, second));

    /// <summary>The frequency stored for a key's <see cref="Hash1"/>.</summary>
    public int FrequencyOfHash(long hash)
    {
        if (hash == 0) return 0;
        var bit = FilterBit(hash);
        if ((maybeStored[bit >> 6] & (1UL << bit)) == 0) return 0;
        var i = Home(hash);
        long stored;
        while ((stored = hashes[i]) != 0)
        {
            if (stored == hash) return frequencies[i];
            i = (i + 1) & TableMask;
        }
        return 0;
    }

    /// <summary>The first slot to probe: the top bits of the hash times 2^64/φ (FNV's low bits alone cluster).</summary>
    private static int Home(long hash) => (int)(unchecked((ulong)hash * 0x9E3779B97F4A7C15UL) >> (64 - TableBits));

    /// <summary>Lucene's <c>hash1</c> of a key: FNV-1a over the low and high byte of each char.</summary>
    internal static long Hash1(ReadOnlySpan<char> s) => Fnv1a(FnvOffset, s);

    /// <summary>Lucene's <c>hash2</c> of a key, the step of its probe in the file's table (kept for the test vectors).</summary>
    internal static int Hash2(ReadOnlySpan<char> s)
    {
        var h = 5381;
        foreach (var c in s)
        {
            h = ((h << 5) + h + c) & 0xFF;
            h = ((h << 5) + h + c) >> 8;
        }
        return h;
    }

    private static long Fnv1a(long hash, ReadOnlySpan<char> s)
    {
        unchecked
        {
            foreach (var c in s)
            {
                hash = (hash ^ (c & 0xFF)) * FnvPrime;
                hash = (hash ^ (c >> 8)) * FnvPrime;
            }
        }
        return hash;
    }
}
