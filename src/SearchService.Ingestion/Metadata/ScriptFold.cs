namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Traditional → simplified, one character for one character (<c>traditional-to-simplified.tsv</c>, generated from
/// OpenCC's tables), so that 勞模 and 劳模, 總工會 and 总工会 are one word for search and recognition. Because every
/// character maps to exactly one character, a folded text has the same length and offsets as the original: the
/// original can be shown and highlighted with offsets computed on the folded one. Immutable and thread-safe.
/// </summary>
public sealed class ScriptFold
{
    private static readonly Lazy<ScriptFold> Shipped = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "traditional-to-simplified.tsv")));

    // Indexed by UTF-16 code unit; 0 where a character stays as it is.
    private readonly char[] table = new char[char.MaxValue + 1];

    public ScriptFold(IEnumerable<string> lines)
    {
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length != 2 || parts[0].Length != 1 || parts[1].Length != 1)
                throw new FormatException($"script fold table, line {number}: expected 'character<TAB>character'");
            table[parts[0][0]] = parts[1][0];
            Count++;
        }
    }

    public static ScriptFold Load(string path) => new(File.ReadLines(path));

    /// <summary>The table shipped beside the binaries.</summary>
    public static ScriptFold Default => Shipped.Value;

    /// <summary>No folding at all (for measuring the analyzer without it).</summary>
    public static ScriptFold None { get; } = new([]);

    public int Count { get; }

    public char Fold(char c) => table[c] is var folded && folded != '\0' ? folded : c;

    /// <summary>The text in simplified script; the same instance when nothing changes (most text).</summary>
    public string Fold(string text)
    {
        var first = FirstFolded(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first, this), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            state.Item3.FoldInPlace(span[state.first..]);
        });
    }

    public void FoldInPlace(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
            if (table[text[i]] is var folded && folded != '\0') text[i] = folded;
    }

    private int FirstFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (table[text[i]] != '\0') return i;
        return -1;
    }
}
