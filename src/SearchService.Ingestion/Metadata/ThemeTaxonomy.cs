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
    private readonly KeywordScanner scanner;

    public ThemeTaxonomy(IEnumerable<string> lines, double threshold, ThemeAliases? aliases = null)
    {
        this.threshold = threshold;
        Aliases = aliases ?? new ThemeAliases([]);
        var list = new List<(string, string, double)>();
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length < 3 || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"themes file, line {number}: expected 'theme<TAB>keyword<TAB>weight'");
            list.Add((parts[0], ScriptFold.Default.Fold(parts[1]), weight));
        }
        keywords = list.ToArray();
        Themes = keywords.Select(k => k.Theme).Distinct().ToArray();
        order = Themes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        scanner = new KeywordScanner(keywords.Select(k => k.Keyword).ToList());
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
        foreach (var index in scanner.Find(text))
        {
            var (theme, keyword, weight) = keywords[index];
            var (score, found) = scores.TryGetValue(theme, out var s) ? s : (0, []);
            found.Add(keyword);
            scores[theme] = (score + weight, found);
        }
        return scores;
    }

    /// <summary>
    /// A report's themes, weighed by where their keywords stand: a keyword counts its weight once for every passage and
    /// heading it occurs in, three times in the title and twice in the lead paragraph and in a heading — the title and
    /// lead say what a report is about, a passing mention in one paragraph does not. A phrase counts once, as its own
    /// keyword, not again for each shorter keyword inside it (产业工人队伍建设改革 is not also 产业工人, 队伍建设 and 改革),
    /// so a theme whose vocabulary nests does not outweigh the others by spelling. The themes that reach half the
    /// strongest theme's score, at most three; none when all the keywords found, wherever they stand, weigh less than
    /// one keyword that names a topic (a text that does not speak of union work).
    /// </summary>
    public IReadOnlyList<string> ForReport(string title, IReadOnlyList<string> headings, IReadOnlyList<string> passages)
    {
        var scores = new Dictionary<string, (double Weighed, double Plain)>(StringComparer.Ordinal);
        void Add(string text, double factor)
        {
            if (text.Length == 0) return;
            foreach (var index in scanner.FindOutermost(text))
            {
                var (theme, _, weight) = keywords[index];
                var (weighed, plain) = scores.GetValueOrDefault(theme);
                scores[theme] = (weighed + factor * weight, plain + weight);
            }
        }
        Add(title, TitleFactor);
        foreach (var heading in headings.Distinct(StringComparer.Ordinal)) Add(heading, HeadingFactor);
        for (var i = 0; i < passages.Count; i++) Add(passages[i], i == 0 ? LeadFactor : 1);
        if (scores.Values.Sum(s => s.Plain) < MinimumEvidence) return [];
        var strongest = scores.Values.Max(s => s.Weighed);
        return scores.Where(s => s.Value.Weighed >= strongest * RelativeToStrongest)
            .OrderByDescending(s => s.Value.Weighed).ThenBy(s => order[s.Key])
            .Take(MostThemesPerReport).Select(s => s.Key).ToList();
    }

    private const double TitleFactor = 3, HeadingFactor = 2, LeadFactor = 2;
    private const double RelativeToStrongest = 0.5, MinimumEvidence = 2;
    private const int MostThemesPerReport = 3;
}

/// <summary>A theme a text reached, and the keywords that gave it.</summary>
public sealed record ThemeMatch(string Theme, IReadOnlyList<string> Keywords);
