namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// The <c>.mem</c> files inside Lucene's <c>lucene-analyzers-smartcn-*.jar</c>: the dictionary tables written with Java
/// Object Serialization (read by <see cref="JavaArrayStream"/>).
/// </summary>
internal static class JavaMemFormat
{
    /// <summary>
    /// <c>coredict.mem</c>: <c>short[] wordIndexTable</c>, <c>char[] charIndexTable</c> (an open-addressing hash of a
    /// row's first char), <c>char[][][]</c> the rows' word suffixes, <c>int[][]</c> their frequencies.
    /// </summary>
    public static WordList ReadCoreWords(byte[] mem)
    {
        var stream = new JavaArrayStream(mem);
        var wordIndexTable = stream.ReadObject() as short[] ?? throw new InvalidDataException("coredict.mem: wordIndexTable missing");
        var charIndexTable = stream.ReadObject() as char[] ?? throw new InvalidDataException("coredict.mem: charIndexTable missing");
        var rows = stream.ReadObject() as object?[] ?? throw new InvalidDataException("coredict.mem: word table missing");
        var frequencies = stream.ReadObject() as object?[] ?? throw new InvalidDataException("coredict.mem: frequency table missing");
        if (wordIndexTable.Length != charIndexTable.Length || rows.Length != frequencies.Length)
            throw new InvalidDataException("coredict.mem: tables of different lengths");

        // The hash (slot → char, slot → row) is equivalent to a plain char → row map; a row holds the words that start
        // with its char.
        var words = new WordList(90_000, 300_000);
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
                words.Add(first, suffixes[e] as char[] ?? [], rowFrequencies[e]);
        }
        return words;
    }

    /// <summary><c>bigramdict.mem</c>: <c>long[] bigramHashTable</c>, <c>int[] frequencyTable</c>.</summary>
    public static BigramDictionary ReadBigrams(byte[] mem)
    {
        var stream = new JavaArrayStream(mem);
        var hashes = stream.ReadObject() as long[] ?? throw new InvalidDataException("bigramdict.mem: hash table missing");
        var frequencies = stream.ReadObject() as int[] ?? throw new InvalidDataException("bigramdict.mem: frequency table missing");
        return BigramDictionary.FromFileTable(hashes, frequencies);
    }
}
