using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-terms DIR</c> (tune only): chooses theme keywords among the proposals of
/// <c>Data/build/theme-terms.mjs</c> (theme, term, …) by what they do to tune's labelled reports when weighed with
/// <see cref="ThemeTaxonomy.ForReport"/> itself. The proposals are read in their order (strongest first per theme); each
/// is tried at the weights 0.5 and 1 beside the curated <c>themes.tsv</c> and the terms kept so far, and kept (at the
/// better weight) when it adds at least <see cref="Margin"/> more labelled themes than unlabelled ones. Scored without
/// seeing the scored documents twice over: five folds (documents whose number is K modulo 5), each fifth scored with the
/// terms chosen on the others among proposals made without it (<c>DIR/foldK.tsv</c>), and the documents 584–633 (the set that joined tune last)
/// (<c>DIR/held.tsv</c>, proposals made without them, terms chosen on the rest of tune); then once on all of tune
/// (<c>DIR/all.tsv</c>), whose rows it prints for <c>theme-learnt-keywords.tsv</c>.
/// </summary>
public static class ThemeTerms
{
    private static readonly double[] Weights = [0.5, 1];
    private const int Margin = 2;                                     // more than one report's worth
    private const int Folds = 5;
    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, string proposalsFolder)
    {
        var fold = ScriptFold.Default;
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var themes = new ThemeTaxonomy(data.ThemeLines, data.Threshold).Themes.ToHashSet(StringComparer.Ordinal);
        ThemeTaxonomy With(IEnumerable<string> learnt) => data.With(data.ThemeLines.Concat(learnt));
        static string Row(string theme, string term, double weight) => $"{theme}\t{term}\t{weight.ToString(CultureInfo.InvariantCulture)}";

        List<(string Theme, string Term)> Proposals(string name) =>
            File.ReadLines(Path.Combine(proposalsFolder, name)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
                .Where(p => p.Length >= 2 && themes.Contains(p[0])).Select(p => (p[0], fold.Fold(p[1]))).ToList();

        List<string> Choose(List<WeighedReport> set, List<(string Theme, string Term)> proposals)
        {
            var learnt = new List<string>();
            var taxonomy = With(learnt);
            var current = set.ToDictionary(r => r, r => r.Gain(r.ThemesBy(taxonomy)));
            foreach (var (theme, term) in proposals)
            {
                var holders = set.Where(r => r.Holds(term)).ToList();
                if (holders.Count == 0) continue;
                var before = holders.Sum(r => current[r]);
                var (by, best) = (Margin - 1, -1.0);
                foreach (var weight in Weights)
                {
                    var trial = With(learnt.Append(Row(theme, term, weight)));
                    var gain = holders.Sum(r => r.Gain(r.ThemesBy(trial))) - before;
                    if (gain > by) (by, best) = (gain, weight);
                }
                if (best < 0) continue;
                learnt.Add(Row(theme, term, best));
                taxonomy = With(learnt);
                foreach (var r in holders) current[r] = r.Gain(r.ThemesBy(taxonomy));
            }
            return learnt;
        }


        var curated = With([]);
        Console.WriteLine($"# curated themes.tsv alone, all of tune: {WeighedReport.Figures(WeighedReport.Scored(reports, curated))}");
        var crossValidated = new List<(WeighedReport Report, IReadOnlyList<string> Themes)>();
        for (var f = 0; f < Folds; f++)
        {
            var learnt = Choose(reports.Where(r => r.Doc % Folds != f).ToList(), Proposals($"fold{f}.tsv"));
            Console.WriteLine($"# fold {f}: {learnt.Count} terms: {string.Join(", ", learnt.Select(l => l.Replace('\t', ' ')))}");
            crossValidated.AddRange(WeighedReport.Scored(reports.Where(r => r.Doc % Folds == f), With(learnt)));
        }
        Console.WriteLine($"# cross-validated (each fifth with terms proposed and chosen without it): {WeighedReport.Figures(crossValidated)}");

        var held = reports.Where(r => r.InLastJoined).ToList();
        var heldLearnt = Choose(reports.Where(r => !r.InLastJoined).ToList(), Proposals("held.tsv"));
        Console.WriteLine($"# {WeighedReport.LastJoinedFrom}–{WeighedReport.LastJoinedTo} held in: curated {WeighedReport.Figures(WeighedReport.Scored(held, curated))}; with {heldLearnt.Count} terms chosen on the rest {WeighedReport.Figures(WeighedReport.Scored(held, With(heldLearnt)))}");

        var all = Choose(reports, Proposals("all.tsv"));
        Console.WriteLine($"# chosen on all of tune ({all.Count} terms): {WeighedReport.Figures(WeighedReport.Scored(reports, With(all)))}");
        foreach (var row in all) Console.WriteLine(row);
        return 0;
    }
}
