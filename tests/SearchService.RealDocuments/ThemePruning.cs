using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-prune</c> (tune only): the other side of <see cref="ThemeTerms"/> — which of <c>themes.tsv</c>'s keywords
/// tune's labels say to weigh less. Each keyword is tried at half its weight and left out, weighing tune's labelled
/// reports with <see cref="ThemeTaxonomy.ForReport"/> itself, and the change is kept when it adds at least
/// <see cref="Margin"/> more to labelled themes produced than to unlabelled ones (and keeps as many reports with a
/// sensible theme). Scored leave-one-set-out (<see cref="ThemeChoiceRun"/>), then chosen once on all of tune, whose changes
/// it prints.
/// </summary>
public static class ThemePruning
{
    private static readonly double[] Factors = [0, 0.5];
    private const int Margin = 2;                                     // more than one report's worth
    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var fold = ScriptFold.Default;
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: false);
        var data = ThemeDataFiles.Load();
        var keywordRows = data.ThemeLines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        static string Row(string[] k, double factor) =>
            $"{k[0]}\t{k[1]}\t{(double.Parse(k[2], CultureInfo.InvariantCulture) * factor).ToString(CultureInfo.InvariantCulture)}";
        ThemeTaxonomy With(IReadOnlyDictionary<int, double> factors) =>
            data.With(keywordRows.Select((k, i) => factors.TryGetValue(i, out var f) ? (f == 0 ? null : Row(k, f)) : string.Join('\t', k)).OfType<string>());

        static (int Gain, int Sensible) Score(IReadOnlyList<string> themesOf, WeighedReport r) =>
            (r.Gain(themesOf), themesOf.Any(r.Labels.Contains) ? 1 : 0);

        Dictionary<int, double> Choose(IReadOnlyList<WeighedReport> set)
        {
            var factors = new Dictionary<int, double>();
            var taxonomy = With(factors);
            var current = set.ToDictionary(r => r, r => Score(r.ThemesBy(taxonomy), r));
            for (var i = 0; i < keywordRows.Count; i++)
            {
                var keyword = fold.Fold(keywordRows[i][1]);
                var holders = set.Where(r => r.Holds(keyword)).ToList();
                if (holders.Count == 0) continue;
                var (gainBefore, sensibleBefore) = (holders.Sum(r => current[r].Gain), holders.Sum(r => current[r].Sensible));
                var (by, best) = (Margin - 1, -1.0);
                foreach (var factor in Factors)
                {
                    var trial = With(new Dictionary<int, double>(factors) { [i] = factor });
                    var scores = holders.Select(r => Score(r.ThemesBy(trial), r)).ToList();
                    var gain = scores.Sum(s => s.Gain) - gainBefore;
                    if (gain > by && scores.Sum(s => s.Sensible) >= sensibleBefore) (by, best) = (gain, factor);
                }
                if (best < 0) continue;
                factors[i] = best;
                taxonomy = With(factors);
                foreach (var r in holders) current[r] = Score(r.ThemesBy(taxonomy), r);
            }
            return factors;
        }

        string Listed(IReadOnlyDictionary<int, double> factors) =>
            string.Join(", ", factors.Select(f => $"{keywordRows[f.Key][0]} {keywordRows[f.Key][1]} ×{f.Value.ToString(CultureInfo.InvariantCulture)}"));

        var all = ThemeChoiceRun.LeaveOneSetOut<IReadOnlyDictionary<int, double>>(reports, new Dictionary<int, double>(), Choose, With,
            f => f.Count == 0 ? "curated themes.tsv" : $"{f.Count} changes: {Listed(f)}");
        foreach (var (i, factor) in all) Console.WriteLine(Row(keywordRows[i], factor));
        return 0;
    }
}
