using SearchService.Ingestion;

namespace SearchService.Core.Search.Query;

/// <summary>
/// Function and question words (的 了 如何 哪些 吗 …) from an editable file, one per line, <c>#</c> comments: in a
/// query's plain words they neither match on their own nor are highlighted; in a quoted phrase they count.
/// </summary>
public sealed class FunctionWords
{
    private readonly HashSet<string> words;

    private FunctionWords(HashSet<string> words) => this.words = words;

    public static FunctionWords Empty { get; } = new([]);

    public int Count => words.Count;

    public bool Contains(string word) => words.Contains(word);

    public static FunctionWords Parse(IEnumerable<string> lines) =>
        new(DataRows.Lines(lines).Select(row => row.Line).ToHashSet(StringComparer.Ordinal));

    /// <summary>The configured file (<c>Search:FunctionWordsPath</c>), which must exist, else the one shipped beside the binaries.</summary>
    public static FunctionWords FromConfiguredFile(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
            return File.Exists(configuredPath)
                ? Parse(File.ReadLines(configuredPath))
                : throw new FileNotFoundException($"The function words file '{configuredPath}' does not exist; fix Search:FunctionWordsPath.", configuredPath);
        var shipped = Path.Combine(AppContext.BaseDirectory, "Search", "Data", "function-words.txt");
        return File.Exists(shipped) ? Parse(File.ReadLines(shipped)) : Empty;
    }
}
