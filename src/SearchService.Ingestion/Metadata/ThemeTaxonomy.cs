using System.Globalization;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Theme → weighted keywords, from an editable TSV (<c>theme, keyword, weight</c>), plus the former names of themes
/// (<see cref="ThemeAliases"/>). Text is matched folded to simplified script, and every theme says which keywords gave
/// it (the evidence shown with a passage).
/// </summary>
internal sealed class ThemeTaxonomy
{
    private readonly (string Theme, string Keyword, double Weight)[] keywords;
    private readonly double threshold;
    private readonly Dictionary<string, int> order;

    public ThemeTaxonomy(IEnumerable<string> lines, double threshold, ThemeAliases? aliases = null)
    {
        this.threshold = threshold;
        Aliases = aliases ?? new ThemeAliases([]);
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
            list.Add((parts[0].Trim(), ScriptFold.Default.Fold(parts[1].Trim()), weight));
        }
        keywords = list.ToArray();
        Themes = keywords.Select(k => k.Theme).Distinct().ToArray();
        order = Themes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The taxonomy file and, when it exists, <c>theme-aliases.tsv</c> in the same folder.</summary>
    public static ThemeTaxonomy Load(string path, double threshold) =>
        new(File.ReadLines(path), threshold, ThemeAliases.Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "theme-aliases.tsv")));

    public IReadOnlyList<string> Themes { get; }

    public ThemeAliases Aliases { get; }

    /// <summary>Themes whose distinct keywords in the (folded) text weigh at least the threshold, strongest first.</summary>
    public IReadOnlyList<string> For(string text) => Match(text).Select(m => m.Theme).ToList();

    /// <summary>The same, with the keywords that gave each theme.</summary>
    public IReadOnlyList<ThemeMatch> Match(string text, double? atLeast = null)
    {
        var scores = Score(text);
        var minimum = atLeast ?? threshold;
        return scores.Where(s => s.Value.Score >= minimum)
            .OrderByDescending(s => s.Value.Score).ThenBy(s => order[s.Key])
            .Select(s => new ThemeMatch(s.Key, s.Value.Keywords))
            .ToList();
    }

    private Dictionary<string, (double Score, List<string> Keywords)> Score(string text)
    {
        var scores = new Dictionary<string, (double Score, List<string> Keywords)>(StringComparer.Ordinal);
        foreach (var (theme, keyword, weight) in keywords)
        {
            if (!text.Contains(keyword, StringComparison.Ordinal)) continue;
            var (score, found) = scores.TryGetValue(theme, out var s) ? s : (0, []);
            found.Add(keyword);
            scores[theme] = (score + weight, found);
        }
        return scores;
    }

    /// <summary>
    /// A report's themes: those of at least two of its passages (or of its only passage), most frequent first; when
    /// no theme reaches that, the themes its whole text (title counted with it) reaches — a short news item spreads
    /// its topic over several passages that each say too little; failing that, the theme of its strongest keywords
    /// when they weigh at least 2 (one keyword that names a topic, 劳动保护, 职工小家). The theme the headline (the
    /// first line of the whole text) reaches with keywords of that weight comes first.
    /// </summary>
    private const double StrongKeyword = 2;

    public IReadOnlyList<string> Aggregate(IReadOnlyList<IReadOnlyList<string>> passageThemes, string wholeText)
    {
        // The headline says what the report is about: the theme of its strongest keyword comes first (职工演讲比赛 is
        // 职工文化 before the 比赛 of its passages makes it a competition).
        var newline = wholeText.IndexOf('\n');
        var headline = newline < 0 ? "" : wholeText[..newline];
        var fromTitle = headline.Length == 0 ? [] : Match(headline, Math.Min(threshold, StrongKeyword)).Take(1).Select(m => m.Theme).ToList();
        var minimum = passageThemes.Count <= 1 ? 1 : 2;
        var byPassages = passageThemes.SelectMany(t => t).GroupBy(t => t)
            .Where(g => g.Count() >= minimum)
            .OrderByDescending(g => g.Count()).ThenBy(g => order.GetValueOrDefault(g.Key))
            .Select(g => g.Key).ToList();
        if (byPassages.Count > 0) return fromTitle.Concat(byPassages).Distinct().ToList();
        var whole = Match(wholeText).Take(3).Select(m => m.Theme).ToList();
        if (whole.Count > 0) return fromTitle.Concat(whole).Distinct().ToList();
        // A one-line item (a newspaper page's brief) says one thing once: one strong keyword of it is its topic.
        return fromTitle.Count > 0 ? fromTitle : Match(wholeText, Math.Min(threshold, StrongKeyword)).Take(1).Select(m => m.Theme).ToList();
    }
}

/// <summary>A theme a text reached, and the keywords that gave it.</summary>
public sealed record ThemeMatch(string Theme, IReadOnlyList<string> Keywords);
