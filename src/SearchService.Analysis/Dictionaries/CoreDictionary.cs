using System.Runtime.CompilerServices;
namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// Lucene's core word dictionary (<c>coredict.mem</c>): words with their frequencies. The file stores, per first
/// character, a row of the word suffixes that follow it, sorted ordinally; they are loaded into a <see cref="WordTrie"/>,
/// which answers Lucene's three queries (frequency, "is a word", "is the prefix of a word") identically. Immutable;
/// <see cref="WithWords"/> makes a copy with extra words (the user dictionary).
/// </summary>
internal sealed class CoreDictionary
{
    private CoreDictionary(WordTrie trie) => Trie = trie;

    public WordTrie Trie { get; }

    public int WordCount => Trie.WordCount;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoreDictionary Read(byte[] mem)
    {
        var stream = new JavaArrayStream(mem);
        var wordIndexTable = stream.ReadObject() as short[] ?? throw new InvalidDataException("coredict.mem: wordIndexTable missing");
        var charIndexTable = stream.ReadObject() as char[] ?? throw new InvalidDataException("coredict.mem: charIndexTable missing");
        var rows = stream.ReadObject() as object?[] ?? throw new InvalidDataException("coredict.mem: word table missing");
        var frequencies = stream.ReadObject() as object?[] ?? throw new InvalidDataException("coredict.mem: frequency table missing");
        if (wordIndexTable.Length != charIndexTable.Length || rows.Length != frequencies.Length)
            throw new InvalidDataException("coredict.mem: tables of different lengths");

        // The file's open-addressing hash (slot → char, slot → row) is equivalent to a plain char → row map; a row
        // holds the words that start with its char.
        var words = new List<string>(90_000);
        var wordFrequencies = new List<int>(90_000);
        for (var slot = 0; slot < charIndexTable.Length; slot++)
        {
            var first = charIndexTable[slot];
            var row = wordIndexTable[slot];
            if (first == '\0' || row < 0) continue;
            if (row >= rows.Length) throw new InvalidDataException($"coredict.mem: slot {slot} points at row {row} of {rows.Length}");
            if (rows[row] is not object?[] suffixes) continue;
            var rowFrequencies = frequencies[row] as int[] ?? throw new InvalidDataException($"coredict.mem: row {row} has words but no frequencies");
            if (rowFrequencies.Length != suffixes.Length) throw new InvalidDataException($"coredict.mem: row {row} lengths differ");
            for (var e = 0; e < suffixes.Length; e++)
            {
                words.Add(suffixes[e] is char[] { Length: > 0 } suffix ? first + new string(suffix) : first.ToString());
                wordFrequencies.Add(rowFrequencies[e]);
            }
        }
        return new CoreDictionary(WordTrie.Build(words, wordFrequencies));
    }

    /// <summary>A copy that also knows these words (word → frequency); an existing word takes the larger frequency.</summary>
    public CoreDictionary WithWords(IReadOnlyDictionary<string, int> extra)
    {
        if (extra.Count == 0) return this;
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, frequency) in Trie.Words()) merged[word] = frequency;
        foreach (var (word, frequency) in extra)
            if (word.Length > 0) merged[word] = Math.Max(merged.GetValueOrDefault(word), frequency);
        var words = merged.Keys.Order(StringComparer.Ordinal).ToList();
        return new CoreDictionary(WordTrie.Build(words, words.Select(w => merged[w]).ToList()));
    }

    /// <summary>The word's frequency; 0 when it is not in the dictionary.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var node = Trie.Find(word);
        return node >= 0 ? Math.Max(Trie.Frequency(node), 0) : 0;
    }

    /// <summary>Some dictionary word starts with <paramref name="prefix"/>.</summary>
    public bool HasPrefix(ReadOnlySpan<char> prefix) => Trie.Find(prefix) >= 0;

    /// <summary>The word is itself a dictionary entry.</summary>
    public bool IsWord(ReadOnlySpan<char> word)
    {
        var node = Trie.Find(word);
        return node >= 0 && Trie.Frequency(node) != WordTrie.NotAWord;
    }
}
