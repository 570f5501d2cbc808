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

    /// <summary>From words grouped by first char and sorted ordinally within a group, as the file's rows are.</summary>
    public static CoreDictionary FromWords(WordList words) => new(WordTrie.Build(words));

    /// <summary>A copy that also knows these words (word → frequency); an existing word takes the larger frequency.</summary>
    public CoreDictionary WithWords(IReadOnlyDictionary<string, int> extra)
    {
        if (extra.Count == 0) return this;
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, frequency) in Trie.Words()) merged[word] = frequency;
        foreach (var (word, frequency) in extra)
            if (word.Length > 0) merged[word] = Math.Max(merged.GetValueOrDefault(word), frequency);
        var words = new WordList(merged.Count, merged.Count * 3);
        foreach (var word in merged.Keys.Order(StringComparer.Ordinal)) words.Add(word, merged[word]);
        return FromWords(words);
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
