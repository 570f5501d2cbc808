namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Traditional → simplified, one character for one character (<c>traditional-to-simplified.tsv</c>, generated from
/// OpenCC's tables), so that 勞模 and 劳模, 總工會 and 总工会 are one word for search and recognition; then the words
/// whose simplified form depends on the word (<c>traditional-to-simplified-words.tsv</c>, OpenCC's phrases: 瞭解 → 了解,
/// while 瞭望 stays), each word for a word of the same length. Because every character maps to exactly one character,
/// a folded text has the same length and offsets as the original: the original can be shown and highlighted with
/// offsets computed on the folded one. Immutable and thread-safe.
/// </summary>
public sealed class ScriptFold
{
    private static readonly Lazy<ScriptFold> Shipped = new(() => Load(
        Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "traditional-to-simplified.tsv"),
        Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "traditional-to-simplified-words.tsv")));

    // Indexed by UTF-16 code unit; 0 where a character stays as it is.
    private readonly char[] table = new char[char.MaxValue + 1];

    // Words (as the characters fold them) → their simplified form, of the same length; looked up by their first two
    // characters, the longest first. Most text has no word's first two characters in a row and pays one bit test a character.
    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly HashSet<int> wordStarts = [];
    private readonly bool[] startsWord = new bool[char.MaxValue + 1];
    private readonly int longestWord;

    /// <param name="wordLines">
    /// <c>word&lt;TAB&gt;simplified</c> rows (<c>traditional-to-simplified-words.tsv</c>): a word as the characters fold it
    /// and its simplified form, of the same length, applied after the characters, the longest word at each place first.
    /// </param>
    public ScriptFold(IEnumerable<string> lines, IEnumerable<string>? wordLines = null)
    {
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length != 2 || parts[0].Length != 1 || parts[1].Length != 1)
                throw new FormatException($"script fold table, line {number}: expected 'character<TAB>character'");
            table[parts[0][0]] = parts[1][0];
            Count++;
        }
        foreach (var (number, parts) in DataRows.Fields(wordLines ?? []))
        {
            if (parts.Length != 2 || parts[0].Length < 2 || parts[0].Length != parts[1].Length)
                throw new FormatException($"script fold words, line {number}: expected 'word<TAB>word' of the same length, two characters or more");
            words[parts[0]] = parts[1];
            wordStarts.Add(parts[0][0] << 16 | parts[0][1]);
            startsWord[parts[0][0]] = true;
            longestWord = Math.Max(longestWord, parts[0].Length);
        }
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ScriptFold Load(string path, string? wordsPath = null) =>
        new(File.ReadLines(path), wordsPath is not null && File.Exists(wordsPath) ? File.ReadLines(wordsPath) : null);

    /// <summary>The table shipped beside the binaries.</summary>
    public static ScriptFold Default => Shipped.Value;

    /// <summary>No folding at all (for measuring the analyzer without it).</summary>
    public static ScriptFold None { get; } = new([]);

    public int Count { get; }

    /// <summary>How many words the fold reads as words (<c>traditional-to-simplified-words.tsv</c>).</summary>
    public int WordCount => words.Count;

    /// <summary>One character alone: the word fold needs the characters around it (<see cref="FoldInPlace"/>).</summary>
    public char Fold(char c) => table[c] is var folded && folded != '\0' ? folded : c;

    /// <summary>The text in simplified script; the same instance when nothing changes (most text).</summary>
    public string Fold(string text)
    {
        var first = FirstFolded(text);
        if (first < 0 && FirstWord(text) < 0) return text;
        return string.Create(text.Length, this, (span, fold) =>
        {
            text.AsSpan().CopyTo(span);
            fold.FoldInPlace(span);
        });
    }

    /// <summary>
    /// The characters, then the words within the span (a word cut by the span's end is not seen: fold a whole text at
    /// once, as <see cref="Fold(string)"/> and the search analyzers' char filter do).
    /// </summary>
    public void FoldInPlace(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
            if (table[text[i]] is var folded && folded != '\0') text[i] = folded;
        if (words.Count == 0) return;
        for (var i = 0; i < text.Length - 1;)
        {
            var length = WordAt(text, i, out var simplified);
            if (length == 0) { i++; continue; }
            simplified.AsSpan().CopyTo(text[i..]);
            i += length;
        }
    }

    /// <summary>The length of the longest word at <paramref name="i"/> (0 for none) and its simplified form.</summary>
    private int WordAt(ReadOnlySpan<char> text, int i, out string simplified)
    {
        simplified = "";
        if (!startsWord[text[i]] || !wordStarts.Contains(text[i] << 16 | text[i + 1])) return 0;
        for (var length = Math.Min(longestWord, text.Length - i); length >= 2; length--)
            if (wordLookup.TryGetValue(text.Slice(i, length), out var found)) { simplified = found; return length; }
        return 0;
    }

    private int FirstWord(string text)
    {
        if (words.Count == 0) return -1;
        for (var i = 0; i < text.Length - 1; i++)
            if (startsWord[text[i]] && wordStarts.Contains(text[i] << 16 | text[i + 1])) return i;
        return -1;
    }

    private int FirstFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (table[text[i]] != '\0') return i;
        return -1;
    }
}
