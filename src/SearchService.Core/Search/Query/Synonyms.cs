using SearchService.Ingestion;

namespace SearchService.Core.Search.Query;

/// <summary>
/// Equivalent forms from an editable file (one comma-separated group per line, <c>#</c> comments). Lookup is by the
/// exact form, case-insensitive; a form in several groups gets the union.
/// </summary>
public sealed class Synonyms
{
    private readonly Dictionary<string, string[]> alternatives;

    private Synonyms(Dictionary<string, string[]> alternatives) => this.alternatives = alternatives;

    public static Synonyms Empty { get; } = new(new Dictionary<string, string[]>());

    public int Count => alternatives.Count;

    public static Synonyms Load(string path) => Parse(File.ReadAllLines(path));

    /// <summary>
    /// The configured file (<c>Search:SynonymsPath</c>), which must exist, else the one shipped beside the binaries.
    /// </summary>
    public static Synonyms FromConfiguredFile(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
            return File.Exists(configuredPath)
                ? Load(configuredPath)
                : throw new FileNotFoundException($"The synonyms file '{configuredPath}' does not exist; fix Search:SynonymsPath.", configuredPath);
        var shipped = Path.Combine(AppContext.BaseDirectory, "Search", "Data", "synonyms.txt");
        return File.Exists(shipped) ? Load(shipped) : Empty;
    }

    public static Synonyms Parse(IEnumerable<string> lines)
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, line) in DataRows.Lines(lines))
        {
            var forms = line.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
            if (forms.Length < 2) continue;
            foreach (var form in forms)
            {
                if (!groups.TryGetValue(form, out var set)) groups[form] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var other in forms)
                    if (!string.Equals(other, form, StringComparison.OrdinalIgnoreCase)) set.Add(other);
            }
        }
        return new Synonyms(groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    public IReadOnlyList<string> For(string form) => alternatives.TryGetValue(form.Trim(), out var found) ? found : [];

    /// <summary>Whether a string is a form of some group (so it is one word of a query, however the segmenter splits it).</summary>
    public bool IsForm(string form) => alternatives.ContainsKey(form);
}
