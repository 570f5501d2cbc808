using SearchService.Analysis.Dictionaries;

namespace SearchService.Analysis.Tests;

/// <summary>
/// The dictionaries are parsed straight from the package's bytes and re-laid for speed (a trie for the words, a sparser
/// hash table for the pairs); these tests hold them against the package's tables read the plain way, and against
/// Lucene's own lookups run on those tables. The optional jar path must give the same dictionaries.
/// </summary>
public class DictionaryLayoutTests
{
    private const int FileTableLength = 402137;

    private static PackageTables Tables => PackageTables.Instance;

    /// <summary>Lucene's BigramDictionary.getBigramItemFrequency probe (double hashing), on the file's table.</summary>
    private static int LuceneFrequency(long[] table, int[] frequencies, long h1, int h2)
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
        AnswersLikeTheFilesTable(Shared.Dictionaries.Bigrams);
    }

    private static void AnswersLikeTheFilesTable(BigramDictionary bigrams)
    {
        var (table, frequencies) = (Tables.PairHashes, Tables.PairFrequencies);
        Assert.Equal(328_856, bigrams.Count);

        // Every stored hash answers its own slot's frequency; empty slots hold 0 (what Lucene answers for a miss).
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
        var words = Tables.Words().Select(w => w.Word).Where((_, i) => i % 97 == 0).ToArray();
        var random = new Random(3);
        for (var n = 0; n < 50_000; n++)
        {
            var key = words[random.Next(words.Length)] + "@" + words[random.Next(words.Length)];
            Assert.Equal(LuceneFrequency(table, frequencies, BigramDictionary.Hash1(key), BigramDictionary.Hash2(key)),
                bigrams.FrequencyOfHash(BigramDictionary.Hash1(key)));
        }
    }

    [Fact]
    public void Word_trie_holds_every_entry_of_the_file_with_its_frequency()
    {
        HoldsEveryEntry(Shared.Dictionaries.Core);
    }

    private static void HoldsEveryEntry(CoreDictionary core)
    {
        var entries = 0;
        foreach (var (word, frequency) in Tables.Words())
        {
            Assert.True(core.IsWord(word), word);
            Assert.Equal(frequency, core.Frequency(word));
            for (var length = 1; length <= word.Length; length++) Assert.True(core.HasPrefix(word.AsSpan(0, length)));
            entries++;
        }
        Assert.Equal(85_607, entries);
        Assert.Equal(entries, core.WordCount);
        Assert.False(core.HasPrefix("體"));
        Assert.False(core.IsWord("产改"));
    }

    [Fact]
    public void Source_names_the_package_and_its_version()
    {
        Assert.StartsWith("Lucene.Net.Analysis.SmartCn 4.8.0-beta00017", Shared.Dictionaries.Source);
    }

    [Fact]
    public void A_lucene_jar_gives_the_same_dictionaries_and_tokens()
    {
        var jar = Path.Combine(Path.GetTempPath(), $"smartcn-{Guid.NewGuid():n}.jar");
        try
        {
            LuceneJar.Write(jar, Tables);
            var fromJar = SmartCnDictionaries.Load(jar);
            Assert.Equal(Path.GetFullPath(jar), fromJar.Source);
            HoldsEveryEntry(fromJar.Core);
            AnswersLikeTheFilesTable(fromJar.Bigrams);
            var analyzer = new SmartChineseAnalyzer(fromJar);
            foreach (var line in File.ReadLines(Shared.Fixture("seed.txt")).Where(l => l.Length > 0))
                Assert.Equal(Shared.Format(Shared.Tokens(Shared.Analyzer, line)), Shared.Format(Shared.Tokens(analyzer, line)));
        }
        finally
        {
            File.Delete(jar);
        }
    }

    [Fact]
    public void A_jar_that_is_not_there_or_not_lucenes_is_refused_with_the_fix()
    {
        var missing = Assert.Throws<SmartCnDictionaryNotFoundException>(() => SmartCnDictionaries.Load("/nonexistent/smartcn.jar"));
        Assert.Contains("/nonexistent/smartcn.jar does not exist", missing.Message);
        Assert.Contains("Lucene.Net.Analysis.SmartCn package", missing.Message);

        var notAJar = Path.GetTempFileName();
        try
        {
            File.WriteAllText(notAJar, "not a zip");
            var error = Assert.Throws<SmartCnDictionaryNotFoundException>(() => SmartCnDictionaries.LoadFromJar(notAJar));
            Assert.Contains("could not be read as a lucene-analyzers-smartcn jar", error.Message);
        }
        finally
        {
            File.Delete(notAJar);
        }
    }

    [Fact]
    public void Truncated_resources_are_refused_as_corrupt_data()
    {
        var core = PackageTables.Resource("coredict.mem");
        var pairs = PackageTables.Resource("bigramdict.mem");
        var random = new Random(5);
        for (var n = 0; n < 40; n++)
        {
            var cut = random.Next(core.Length);
            Assert.Throws<InvalidDataException>(() => PackageMemFormat.ReadCoreWords(core.AsSpan(0, cut)));
            cut = random.Next(pairs.Length);
            Assert.Throws<InvalidDataException>(() => PackageMemFormat.ReadBigrams(pairs.AsSpan(0, cut)));
        }
    }
}
