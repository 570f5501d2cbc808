using System.Globalization;

namespace SearchService.Analysis;

/// <summary>
/// Extra words for the segmenter, such as domain terms the 1990s dictionary lacks (产改, 职工书屋, 劳模工匠). A UTF-8
/// file with one word per line, optionally followed by whitespace and a frequency; <c>#</c> starts a comment.
/// With an empty user dictionary the analyzer is exactly Lucene's.
/// </summary>
/// <remarks>
/// Only words of Hanzi (U+4E00–U+9FA5, spaces between them allowed in the text) can ever match: letters, digits and
/// other characters are grouped by type before the dictionary is consulted. Each analyzer built with a user dictionary
/// merges it into its own copy of the word trie (tens of milliseconds), so build such an analyzer once and share it.
/// </remarks>
public sealed class UserDictionary
{
    /// <summary>
    /// The frequency given to a word without one: about that of a common two-character word in the core dictionary,
    /// enough for the word to beat its characters taken one by one without overriding ordinary words around it.
    /// </summary>
    public const int DefaultFrequency = 1000;

    private UserDictionary(IReadOnlyDictionary<string, int> words) => Words = words;

    public static UserDictionary Empty { get; } = new(new Dictionary<string, int>());

    public IReadOnlyDictionary<string, int> Words { get; }

    public int Count => Words.Count;

    public static UserDictionary Load(string path) => Parse(File.ReadLines(path), path);

    public static UserDictionary FromWords(IEnumerable<string> words) =>
        new(words.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => DefaultFrequency, StringComparer.Ordinal));

    internal static UserDictionary Parse(IEnumerable<string> lines, string source = "user dictionary")
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var frequency = DefaultFrequency;
            if (parts.Length > 1 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out frequency))
                throw new FormatException($"{source}, line {number}: '{parts[1]}' is not a frequency (a whole number ≥ 0).");
            words[parts[0]] = Math.Max(words.GetValueOrDefault(parts[0]), frequency);
        }
        return new UserDictionary(words);
    }
}
