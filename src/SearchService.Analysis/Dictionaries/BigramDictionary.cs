namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// Lucene's word-pair dictionary (<c>bigramdict.mem</c>): frequencies of "a@b" keys, stored only as 64-bit hashes in
/// an open-addressing table. Colliding keys share a frequency, exactly as in Java.
/// </summary>
internal sealed class BigramDictionary
{
    private const int TableLength = 402137;
    private const long FnvOffset = unchecked((long)0xCBF29CE484222325);
    private const long FnvPrime = 0x100000001B3;

    private readonly long[] hashes;
    private readonly int[] frequencies;

    private BigramDictionary(long[] hashes, int[] frequencies)
    {
        this.hashes = hashes;
        this.frequencies = frequencies;
    }

    public static BigramDictionary Read(byte[] mem)
    {
        var stream = new JavaArrayStream(mem);
        var hashes = stream.ReadObject() as long[] ?? throw new InvalidDataException("bigramdict.mem: hash table missing");
        var frequencies = stream.ReadObject() as int[] ?? throw new InvalidDataException("bigramdict.mem: frequency table missing");
        if (hashes.Length != TableLength || frequencies.Length != TableLength)
            throw new InvalidDataException($"bigramdict.mem: tables of {hashes.Length}/{frequencies.Length} entries, {TableLength} expected");
        return new BigramDictionary(hashes, frequencies);
    }

    /// <summary>The frequency of the key <c>first + '@' + second</c>.</summary>
    public int Frequency(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Frequency(Prefix(first), second);

    /// <summary>The hash state after <c>first + '@'</c>: computed once per graph node, reused for each of its edges.</summary>
    public static KeyPrefix Prefix(ReadOnlySpan<char> first)
    {
        long h1 = FnvOffset;
        int h2 = 5381;
        Mix(first, ref h1, ref h2);
        Mix("@", ref h1, ref h2);
        return new KeyPrefix(h1, h2);
    }

    public readonly record struct KeyPrefix(long H1, int H2);

    /// <summary>The frequency of the key <c>prefix + second</c>.</summary>
    public int Frequency(KeyPrefix prefix, ReadOnlySpan<char> second)
    {
        var h1 = prefix.H1;
        var h2 = prefix.H2;
        Mix(second, ref h1, ref h2);

        var start = (int)(h1 % TableLength);
        if (start < 0) start += TableLength;
        var step = h2 % TableLength;
        if (step < 0) step += TableLength;
        if (step == 0) return hashes[start] == h1 ? frequencies[start] : 0;

        var i = start;
        var k = 1;
        while (hashes[i] != 0 && hashes[i] != h1 && k < TableLength)
        {
            i = (start + k * step) % TableLength;
            k++;
        }
        return k < TableLength && hashes[i] == h1 ? frequencies[i] : 0;
    }

    internal static long Hash1(ReadOnlySpan<char> s)
    {
        long h1 = FnvOffset;
        int h2 = 5381;
        Mix(s, ref h1, ref h2);
        return h1;
    }

    internal static int Hash2(ReadOnlySpan<char> s)
    {
        long h1 = FnvOffset;
        int h2 = 5381;
        Mix(s, ref h1, ref h2);
        return h2;
    }

    private static void Mix(ReadOnlySpan<char> s, ref long h1, ref int h2)
    {
        unchecked
        {
            foreach (var c in s)
            {
                h1 = (h1 ^ (c & 0xFF)) * FnvPrime;
                h1 = (h1 ^ (c >> 8)) * FnvPrime;
                h2 = ((h2 << 5) + h2 + c) & 0xFF;
                h2 = ((h2 << 5) + h2 + c) >> 8;
            }
        }
    }
}
