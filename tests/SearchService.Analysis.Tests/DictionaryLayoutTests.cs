using System.IO.Compression;
using SearchService.Analysis.Dictionaries;

namespace SearchService.Analysis.Tests;

/// <summary>
/// The dictionaries are re-laid for speed (a trie for the words, a sparser hash table for the pairs); these tests hold
/// the new layouts against Lucene's own lookups, run on the file's original tables.
/// </summary>
public class DictionaryLayoutTests
{
    private const int FileTableLength = 402137;

    private static byte[] JarEntry(string name)
    {
        using var zip = ZipFile.OpenRead(Shared.Dictionaries.Source);
        using var stream = zip.GetEntry("org/apache/lucene/analysis/cn/smart/hhmm/" + name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Lucene's BigramDictionary.getBigramItemFrequency probe, on the file's table.</summary>
    private static int JavaFrequency(long[] table, int[] frequencies, long h1, int h2)
    {
        var start = (int)(h1 % FileTableLength);
        if (start < 0) start += FileTableLength;
        var step = h2 % FileTableLength;
        if (step == 0) return table[start] == h1 ? frequencies[start] : 0;
        int i = start, k = 1;
        while (table[i] != 0 && table[i] != h1 && k < FileTableLength)
        {
            i = (start + k * step) % FileTableLength;
            k++;
        }
        return k < FileTableLength && table[i] == h1 ? frequencies[i] : 0;
    }

    [Fact]
    public void Pair_table_answers_like_the_files_table()
    {
        var stream = new JavaArrayStream(JarEntry("bigramdict.mem"));
        var table = (long[])stream.ReadObject()!;
        var frequencies = (int[])stream.ReadObject()!;
        var bigrams = Shared.Dictionaries.Bigrams;
        Assert.Equal(328_856, bigrams.Count);

        // Every stored hash answers its own slot's frequency; empty slots hold 0 (what Java answers for a miss).
        var checkedKeys = 0;
        for (var slot = 0; slot < table.Length; slot++)
        {
            if (table[slot] == 0)
            {
                Assert.Equal(0, frequencies[slot]);
                continue;
            }
            Assert.Equal(frequencies[slot], bigrams.FrequencyOfHash(table[slot]));
            checkedKeys++;
        }
        Assert.Equal(328_856, checkedKeys);

        // Pairs of real words, mostly absent: both answer the same.
        var words = Shared.Dictionaries.Core.Trie.Words().Select(w => w.Word).Where((_, i) => i % 97 == 0).ToArray();
        var random = new Random(3);
        for (var n = 0; n < 50_000; n++)
        {
            var key = words[random.Next(words.Length)] + "@" + words[random.Next(words.Length)];
            Assert.Equal(JavaFrequency(table, frequencies, BigramDictionary.Hash1(key), BigramDictionary.Hash2(key)),
                bigrams.FrequencyOfHash(BigramDictionary.Hash1(key)));
        }
    }

    [Fact]
    public void Word_trie_holds_every_entry_of_the_file_with_its_frequency()
    {
        var stream = new JavaArrayStream(JarEntry("coredict.mem"));
        var slots = (short[])stream.ReadObject()!;
        var chars = (char[])stream.ReadObject()!;
        var rows = (object?[])stream.ReadObject()!;
        var frequencies = (object?[])stream.ReadObject()!;
        var core = Shared.Dictionaries.Core;
        var entries = 0;
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (chars[slot] == '\0' || rows[slots[slot]] is not object?[] suffixes) continue;
            var rowFrequencies = (int[])frequencies[slots[slot]]!;
            for (var e = 0; e < suffixes.Length; e++)
            {
                var word = chars[slot] + (suffixes[e] is char[] s ? new string(s) : "");
                Assert.True(core.IsWord(word), word);
                Assert.Equal(rowFrequencies[e], core.Frequency(word));
                for (var length = 1; length <= word.Length; length++) Assert.True(core.HasPrefix(word.AsSpan(0, length)));
                entries++;
            }
        }
        Assert.Equal(85_607, entries);
        Assert.Equal(entries, core.WordCount);
        Assert.False(core.HasPrefix("體"));
        Assert.False(core.IsWord("产改"));
    }
}
