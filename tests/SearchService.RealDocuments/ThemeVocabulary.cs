using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-vocabulary FILE</c> (tune only): chooses curated changes to <c>themes.tsv</c> — the rows of FILE
/// (<c>theme, keyword, weight</c>: a keyword the taxonomy lacks is added at that weight — at 0, as a phrase that is no
/// keyword and hides the keywords inside it, like themes.tsv's own rows of weight 0 — one it has is given that weight, 0
/// leaving it out; several rows of one keyword are its weights to try) — by what they do to tune's labelled reports
/// weighed with <see cref="ThemeTaxonomy.ForReport"/> itself. Each keyword in the file's order is tried at each of its
/// weights beside the changes kept so far, and the weight adding at least <see cref="Margin"/> more labelled themes than
/// unlabelled ones to the reports holding it, losing no report's sensible theme, is kept. Unlike <see cref="ThemeTerms"/>,
/// whose proposals come from the labels, the candidates are the field's words written by a person for a cause a causes
/// table found (<c>src/SearchService.Ingestion/Data/build/theme-vocabulary-candidates.tsv</c>, each with its reason);
/// the labels only decide which generalise. Scored leave-one-set-out (<see cref="ThemeChoiceRun"/>), then chosen once on
/// all of tune, whose rows it prints for <c>themes.tsv</c>.
/// </summary>
public static class ThemeVocabulary
{
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, string candidatesFile)
    {
        var fold = ScriptFold.Default;
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var themes = data.With(data.ThemeLines).Themes.ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(string Theme, string Keyword, double[] Weights)>();
        foreach (var (number, parts) in File.ReadLines(candidatesFile).Select((l, i) => (i + 1, l)).Where(x => x.l.Length > 0 && !x.l.StartsWith('#'))
                     .Select(x => (x.Item1, x.l.Split('\t'))))
        {
            if (parts.Length < 3 || !themes.Contains(parts[0]) || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"{candidatesFile}, line {number}: expected 'theme<TAB>keyword<TAB>weight' with a theme of the taxonomy");
            var keyword = fold.Fold(parts[1]);
            var at = candidates.FindIndex(c => c.Theme == parts[0] && c.Keyword == keyword);
            if (at < 0) candidates.Add((parts[0], keyword, [weight]));
            else candidates[at] = (parts[0], keyword, [.. candidates[at].Weights, weight]);
        }

        static string Row(string theme, string keyword, double weight) => $"{theme}\t{keyword}\t{weight.ToString(CultureInfo.InvariantCulture)}";
        // The curated file with the changes: a changed keyword's row replaced (or dropped at 0), an added one appended (at 0,
        // a hiding phrase).
        ThemeTaxonomy With(IReadOnlyList<(string Theme, string Keyword, double Weight)> changes)
        {
            var changed = changes.ToDictionary(c => (c.Theme, c.Keyword), c => c.Weight);
            var lines = new List<string>();
            foreach (var line in data.ThemeLines)
            {
                var p = line.Split('\t');
                if (line.Length == 0 || line.StartsWith('#') || p.Length < 3 || !changed.TryGetValue((p[0], fold.Fold(p[1])), out var w)) lines.Add(line);
                else if (w > 0) lines.Add(Row(p[0], p[1], w));
                changed.Remove((p.ElementAtOrDefault(0) ?? "", fold.Fold(p.ElementAtOrDefault(1) ?? "")));
            }
            lines.AddRange(changed.Select(c => Row(c.Key.Theme, c.Key.Keyword, c.Value)));
            return data.With(lines);
        }

        static (int Gain, int Sensible) Score(IReadOnlyList<string> themesOf, WeighedReport r) =>
            (r.Gain(themesOf), themesOf.Any(r.Labels.Contains) ? 1 : 0);

        IReadOnlyList<(string Theme, string Keyword, double Weight)> Choose(IReadOnlyList<WeighedReport> set)
        {
            var kept = new List<(string Theme, string Keyword, double Weight)>();
            var taxonomy = With(kept);
            var current = set.ToDictionary(r => r, r => Score(r.ThemesBy(taxonomy), r));
            foreach (var (theme, keyword, weights) in candidates)
            {
                var holders = set.Where(r => r.Holds(keyword)).ToList();
                if (holders.Count == 0) continue;
                var (gainBefore, sensibleBefore) = (holders.Sum(r => current[r].Gain), holders.Sum(r => current[r].Sensible));
                var (by, best) = (Margin - 1, double.NaN);
                foreach (var weight in weights)
                {
                    var trial = With([.. kept, (theme, keyword, weight)]);
                    var scores = holders.Select(r => Score(r.ThemesBy(trial), r)).ToList();
                    var gain = scores.Sum(s => s.Gain) - gainBefore;
                    if (gain > by && scores.Sum(s => s.Sensible) >= sensibleBefore) (by, best) = (gain, weight);
                }
                if (double.IsNaN(best)) continue;
                kept.Add((theme, keyword, best));
                taxonomy = With(kept);
                foreach (var r in holders) current[r] = Score(r.ThemesBy(taxonomy), r);
            }
            return kept;
        }

        static string Listed(IReadOnlyList<(string Theme, string Keyword, double Weight)> changes) => changes.Count == 0 ? "curated themes.tsv"
            : $"{changes.Count} changes: {string.Join(", ", changes.Select(c => $"{c.Theme} {c.Keyword} {c.Weight.ToString(CultureInfo.InvariantCulture)}"))}";
        var all = ThemeChoiceRun.LeaveOneSetOut(reports, (IReadOnlyList<(string, string, double)>)[], Choose, With, Listed);
        foreach (var (theme, keyword, weight) in all) Console.WriteLine(Row(theme, keyword, weight));
        return 0;
    }
}
