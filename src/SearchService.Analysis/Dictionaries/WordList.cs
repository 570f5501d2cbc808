using System.Runtime.CompilerServices;

namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// Words with their frequencies, packed into one char array (no string per word): what a dictionary file is read into
/// before the <see cref="WordTrie"/> is built from it. Append-only while reading, then read by index.
/// </summary>
internal sealed class WordList
{
    private char[] chars;
    private int[] ends;
    private int[] frequencies;
    private int charCount;

    public WordList(int wordCapacity = 1024, int charCapacity = 4096)
    {
        chars = new char[Math.Max(charCapacity, 1)];
        ends = new int[Math.Max(wordCapacity, 1)];
        frequencies = new int[Math.Max(wordCapacity, 1)];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var start = index == 0 ? 0 : ends[index - 1];
            return chars.AsSpan(start, ends[index] - start);
        }
    }

    public int Frequency(int index) => frequencies[index];

    public void SetFrequency(int index, int frequency) => frequencies[index] = frequency;

    /// <summary>Appends <paramref name="first"/> followed by <paramref name="rest"/> as one word.</summary>
    public void Add(char first, ReadOnlySpan<char> rest, int frequency)
    {
        var start = ReserveWord(1 + rest.Length, frequency);
        chars[start] = first;
        rest.CopyTo(chars.AsSpan(start + 1));
    }

    public void Add(ReadOnlySpan<char> word, int frequency) => word.CopyTo(chars.AsSpan(ReserveWord(word.Length, frequency)));

    /// <summary>
    /// Appends a word of <paramref name="length"/> chars whose first char is <paramref name="first"/> and returns the
    /// span the caller fills with the other chars (so a reader can decode straight into the list).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<char> AddUninitialised(char first, int length, int frequency)
    {
        var start = ReserveWord(length, frequency);
        chars[start] = first;
        return chars.AsSpan(start + 1, length - 1);
    }

    /// <summary>Makes room for a word of <paramref name="length"/> chars; returns where it starts.</summary>
    private int ReserveWord(int length, int frequency)
    {
        if (Count == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
            Array.Resize(ref frequencies, frequencies.Length * 2);
        }
        if (charCount + length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + length));
        var start = charCount;
        charCount += length;
        ends[Count] = charCount;
        frequencies[Count] = frequency;
        Count++;
        return start;
    }
}
