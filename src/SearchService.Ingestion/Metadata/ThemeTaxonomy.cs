using System.Globalization;

namespace SearchService.Ingestion.Metadata;

/// <summary>Theme → weighted keywords, from an editable TSV (<c>theme, keyword, weight</c>).</summary>
internal sealed class ThemeTaxonomy
{
    private readonly (string Theme, string Keyword, double Weight)[] keywords;
    private readonly double threshold;

    public ThemeTaxonomy(IEnumerable<string> lines, double threshold)
    {
        this.threshold = threshold;
        var list = new List<(string, string, double)>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length < 3 || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"themes file, line {number}: expected 'theme<TAB>keyword<TAB>weight'");
            list.Add((parts[0].Trim(), parts[1].Trim(), weight));
        }
        keywords = list.ToArray();
        Themes = keywords.Select(k => k.Theme).Distinct().ToArray();
    }

    public static ThemeTaxonomy Load(string path, double threshold) => new(File.ReadLines(path), threshold);

    public IReadOnlyList<string> Themes { get; }

    /// <summary>Themes whose distinct keywords in the text weigh at least the threshold, strongest first.</summary>
    public IReadOnlyList<string> For(string text)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (theme, keyword, weight) in keywords)
            if (text.Contains(keyword, StringComparison.Ordinal)) scores[theme] = scores.GetValueOrDefault(theme) + weight;
        return scores.Where(s => s.Value >= threshold)
            .OrderByDescending(s => s.Value).ThenBy(s => Array.IndexOf(Themes.ToArray(), s.Key))
            .Select(s => s.Key).ToList();
    }

    /// <summary>A report's themes: those of at least two of its passages (or of its only passage), most frequent first.</summary>
    public static IReadOnlyList<string> Aggregate(IReadOnlyList<IReadOnlyList<string>> passageThemes)
    {
        var minimum = passageThemes.Count <= 1 ? 1 : 2;
        return passageThemes.SelectMany(t => t).GroupBy(t => t)
            .Where(g => g.Count() >= minimum)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
    }
}
