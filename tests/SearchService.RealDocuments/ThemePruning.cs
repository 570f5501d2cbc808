using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-prune</c> (tune only): the other side of <see cref="ThemeTerms"/> — which of <c>themes.tsv</c>'s keywords
/// tune's labels say to weigh less. Each keyword is tried at half its weight and left out, weighing tune's labelled
/// reports with <see cref="ThemeTaxonomy.ForReport"/> itself, and the change is kept when it adds at least
/// <see cref="Margin"/> more to labelled themes produced than to unlabelled ones (and keeps as many reports with a
/// sensible theme). Scored on reports that chose nothing: five folds (documents whose number is K modulo 5), and the
/// documents 584–633 with the keywords chosen on the rest of tune; then once on all of tune, whose changes it prints.
/// </summary>
public static class ThemePruning
{
    private static readonly double[] Factors = [0, 0.5];
    private const int Margin = 2;                                     // more than one report's worth
    private const int Folds = 5;
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

        Dictionary<int, double> Choose(List<WeighedReport> set)
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

        string Listed(Dictionary<int, double> factors) =>
            string.Join(", ", factors.Select(f => $"{keywordRows[f.Key][0]} {keywordRows[f.Key][1]} ×{f.Value.ToString(CultureInfo.InvariantCulture)}"));

        var curated = With(new Dictionary<int, double>());
        Console.WriteLine($"# curated themes.tsv, all of tune (reports produced): {WeighedReport.Figures(WeighedReport.Scored(reports, curated))}");
        var crossValidated = new List<(WeighedReport Report, IReadOnlyList<string> Themes)>();
        for (var f = 0; f < Folds; f++)
        {
            var chosen = Choose(reports.Where(r => r.Doc % Folds != f).ToList());
            Console.WriteLine($"# fold {f}: {chosen.Count} changes: {Listed(chosen)}");
            crossValidated.AddRange(WeighedReport.Scored(reports.Where(r => r.Doc % Folds == f), With(chosen)));
        }
        Console.WriteLine($"# cross-validated (each fifth with changes chosen without it): {WeighedReport.Figures(crossValidated)}");
        var held = reports.Where(r => r.InLastJoined).ToList();
        var heldChosen = Choose(reports.Where(r => !r.InLastJoined).ToList());
        Console.WriteLine($"# {WeighedReport.LastJoinedFrom}–{WeighedReport.LastJoinedTo} held in: curated {WeighedReport.Figures(WeighedReport.Scored(held, curated))}; with {heldChosen.Count} changes chosen on the rest {WeighedReport.Figures(WeighedReport.Scored(held, With(heldChosen)))}");
        var all = Choose(reports);
        Console.WriteLine($"# chosen on all of tune ({all.Count} changes): {WeighedReport.Figures(WeighedReport.Scored(reports, With(all)))}");
        foreach (var (i, factor) in all) Console.WriteLine(Row(keywordRows[i], factor));
        return 0;
    }
}
