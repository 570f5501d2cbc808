namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Former theme names → current ones (<c>theme-aliases.tsv</c>), so a saved <c>theme:</c> filter or a sidecar's theme
/// keeps working after the taxonomy renamed it. Names are compared in simplified script.
/// </summary>
public sealed class ThemeAliases
{
    private static readonly Lazy<ThemeAliases> Shipped = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "theme-aliases.tsv")));

    private readonly Dictionary<string, string> current = new(StringComparer.Ordinal);

    public ThemeAliases(IEnumerable<string> lines)
    {
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length != 2) throw new FormatException($"theme aliases, line {number}: expected 'former name<TAB>theme'");
            current[parts[0]] = parts[1];
        }
    }

    public static ThemeAliases Load(string path) => File.Exists(path) ? new(File.ReadLines(path)) : new([]);

    /// <summary>The file shipped beside the binaries.</summary>
    public static ThemeAliases Default => Shipped.Value;

    public IReadOnlyDictionary<string, string> Map => current;

    /// <summary>The current name of a theme (itself when it is not a former name), in simplified script.</summary>
    public string Canonical(string theme)
    {
        var folded = ScriptFold.Default.Fold(theme.Trim());
        return current.TryGetValue(folded, out var name) ? name : folded;
    }
}
