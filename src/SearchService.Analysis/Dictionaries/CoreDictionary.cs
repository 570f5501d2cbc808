namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// Lucene's core word dictionary (<c>coredict.mem</c>): for each first character a row of the word suffixes that
/// follow it, sorted ordinally, with their frequencies. Immutable; <see cref="WithWords"/> makes a copy with extra
/// words (the user dictionary) that shares every untouched row.
/// </summary>
internal sealed class CoreDictionary
{
    private readonly int[] rowOfChar;
    private readonly Row?[] rows;

    private CoreDictionary(int[] rowOfChar, Row?[] rows)
    {
        this.rowOfChar = rowOfChar;
        this.rows = rows;
    }

    /// <summary>One first character's words: suffixes sorted ordinally ("" = the character alone).</summary>
    private sealed record Row(string[] Suffixes, int[] Frequencies);

    public int WordCount => rows.Sum(r => r?.Suffixes.Length ?? 0);

    public static CoreDictionary Read(byte[] mem)
    {
        var stream = new JavaArrayStream(mem);
        var wordIndexTable = stream.ReadObject() as short[] ?? throw new InvalidDataException("coredict.mem: wordIndexTable missing");
        var charIndexTable = stream.ReadObject() as char[] ?? throw new InvalidDataException("coredict.mem: charIndexTable missing");
        var words = stream.ReadObject() as object?[] ?? throw new InvalidDataException("coredict.mem: word table missing");
        var frequencies = stream.ReadObject() as object?[] ?? throw new InvalidDataException("coredict.mem: frequency table missing");
        if (wordIndexTable.Length != charIndexTable.Length || words.Length != frequencies.Length)
            throw new InvalidDataException("coredict.mem: tables of different lengths");

        // The file's open-addressing hash (slot → char, slot → row) is equivalent to a plain char → row map.
        var rowOfChar = new int[char.MaxValue + 1];
        Array.Fill(rowOfChar, -1);
        for (var slot = 0; slot < charIndexTable.Length; slot++)
            if (charIndexTable[slot] != '\0' && wordIndexTable[slot] >= 0) rowOfChar[charIndexTable[slot]] = wordIndexTable[slot];

        var rows = new Row?[words.Length];
        for (var r = 0; r < words.Length; r++)
        {
            if (words[r] is not object?[] entries) continue;
            var freqs = frequencies[r] as int[] ?? throw new InvalidDataException($"coredict.mem: row {r} has words but no frequencies");
            if (freqs.Length != entries.Length) throw new InvalidDataException($"coredict.mem: row {r} lengths differ");
            var suffixes = new string[entries.Length];
            for (var e = 0; e < entries.Length; e++) suffixes[e] = entries[e] is char[] chars ? new string(chars) : "";
            rows[r] = new Row(suffixes, freqs);
        }
        return new CoreDictionary(rowOfChar, rows);
    }

    /// <summary>A copy that also knows these words (word → frequency); an existing word takes the larger frequency.</summary>
    public CoreDictionary WithWords(IReadOnlyDictionary<string, int> extra)
    {
        if (extra.Count == 0) return this;
        var rowOf = (int[])rowOfChar.Clone();
        var newRows = new List<Row?>(rows);
        foreach (var group in extra.Where(w => w.Key.Length > 0).GroupBy(w => w.Key[0]))
        {
            var r = rowOf[group.Key];
            if (r < 0)
            {
                r = newRows.Count;
                newRows.Add(new Row([], []));
                rowOf[group.Key] = r;
            }
            var merged = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var existing = newRows[r] ?? new Row([], []);
            for (var e = 0; e < existing.Suffixes.Length; e++) merged[existing.Suffixes[e]] = existing.Frequencies[e];
            foreach (var (word, frequency) in group)
            {
                var suffix = word[1..];
                merged[suffix] = Math.Max(merged.GetValueOrDefault(suffix), frequency);
            }
            newRows[r] = new Row(merged.Keys.ToArray(), merged.Values.ToArray());
        }
        return new CoreDictionary(rowOf, newRows.ToArray());
    }

    public bool HasRow(char c) => rowOfChar[c] >= 0 && rows[rowOfChar[c]] is not null;

    /// <summary>The word's frequency; 0 when it is not in the dictionary.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var row = RowOf(word[0]);
        if (row is null) return 0;
        var index = Search(row.Suffixes, word[1..]);
        return index >= 0 ? row.Frequencies[index] : 0;
    }

    /// <summary>Some dictionary word starts with <paramref name="prefix"/>.</summary>
    public bool HasPrefix(ReadOnlySpan<char> prefix)
    {
        var row = RowOf(prefix[0]);
        if (row is null) return false;
        if (prefix.Length == 1) return true;
        var suffix = prefix[1..];
        var index = Search(row.Suffixes, suffix);
        if (index >= 0) return true;
        index = ~index;
        return index < row.Suffixes.Length && row.Suffixes[index].AsSpan().StartsWith(suffix, StringComparison.Ordinal);
    }

    /// <summary>The word (two chars or more) is itself a dictionary entry.</summary>
    public bool IsWord(ReadOnlySpan<char> word)
    {
        var row = RowOf(word[0]);
        return row is not null && Search(row.Suffixes, word[1..]) >= 0;
    }

    /// <summary>
    /// One binary search answering the three questions the segmenter asks of a candidate word: is it a prefix of some
    /// word, is it a word, and its frequency (-1 when it is not a word).
    /// </summary>
    public (bool IsPrefix, int Frequency) Lookup(ReadOnlySpan<char> word)
    {
        var row = RowOf(word[0]);
        if (row is null) return (false, -1);
        var suffix = word[1..];
        var index = Search(row.Suffixes, suffix);
        if (index >= 0) return (true, row.Frequencies[index]);
        index = ~index;
        return (index < row.Suffixes.Length && row.Suffixes[index].AsSpan().StartsWith(suffix, StringComparison.Ordinal), -1);
    }

    private Row? RowOf(char c)
    {
        var r = rowOfChar[c];
        return r < 0 ? null : rows[r];
    }

    /// <summary>Binary search with ordinal UTF-16 comparison; ~insertion point when absent.</summary>
    private static int Search(string[] sorted, ReadOnlySpan<char> key)
    {
        int lo = 0, hi = sorted.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = sorted[mid].AsSpan().SequenceCompareTo(key);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }
}
