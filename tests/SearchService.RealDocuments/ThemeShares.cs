using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-shares</c> (tune only): chooses, per theme, the share of a report's strongest theme score from which a theme
/// the report names in its own terms is kept (<c>theme-named-shares.tsv</c>; every other theme keeps a quarter), from
/// tune's labels. The reports are tune's as ingestion makes them (each file on its own) and their themes are weighed by
/// <see cref="ThemeTaxonomy.ForReport"/> itself with each candidate set of shares. Per theme the shares 0.25, 0.15, 0.1
/// and 0 are tried and the one adding at least <see cref="Margin"/> more labelled themes than unlabelled ones is kept:
/// five times on four fifths of the documents, scored on the fifth, then once on all of tune, whose rows it prints.
/// </summary>
public static class ThemeShares
{
    private static readonly double[] Shares = [0.25, 0.15, 0.1, 0];   // the first is every theme's default
    private const int Margin = 2;                                     // more than one report's worth
    private const int Folds = 5;

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var themes = new ThemeTaxonomy(data.ThemeLines, data.Threshold).Themes;
        ThemeTaxonomy With(IReadOnlyDictionary<string, double> shares) =>
            new(data.ThemeLines, data.Threshold, data.Aliases, data.GroupLines, shares.Select(s => $"{s.Key}\t{s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        int Gain(List<WeighedReport> set, IReadOnlyDictionary<string, double> shares)
        {
            var taxonomy = With(shares);
            return set.Sum(r => r.Gain(r.ThemesBy(taxonomy)));
        }
        Dictionary<string, double> Choose(List<WeighedReport> set)
        {
            var chosen = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var theme in themes)
            {
                var baseline = Gain(set, chosen);
                var (by, best) = (0, Shares[0]);
                foreach (var share in Shares.Skip(1))
                {
                    var gain = Gain(set, new Dictionary<string, double>(chosen) { [theme] = share }) - baseline;
                    if (gain >= Margin && gain > by) (by, best) = (gain, share);
                }
                if (best != Shares[0]) chosen[theme] = best;
            }
            return chosen;
        }

        // Folds by document, in a fixed shuffled order: a report's document never straddles two folds.
        var ids = reports.Select(r => r.Doc).Distinct().Order().ToArray();
        new Random(12).Shuffle(ids);
        var foldOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % Folds);
        var scored = new List<(WeighedReport, IReadOnlyList<string>)>();
        for (var f = 0; f < Folds; f++)
        {
            var chosen = Choose(reports.Where(r => foldOf[r.Doc] != f).ToList());
            Console.WriteLine($"# fold {f + 1}: {(chosen.Count == 0 ? "none" : string.Join(", ", chosen.Select(c => $"{c.Key} {c.Value}")))}");
            var taxonomy = With(chosen);
            scored.AddRange(WeighedReport.Scored(reports.Where(r => foldOf[r.Doc] == f), taxonomy));
        }
        var quarter = With(new Dictionary<string, double>());
        Console.WriteLine($"# every report with a quarter: {WeighedReport.Figures(WeighedReport.Scored(reports, quarter))}");
        Console.WriteLine($"# cross-validated (each fifth with the shares chosen on the others): {WeighedReport.Figures(scored)}");
        var all = Choose(reports);
        var onAll = With(all);
        Console.WriteLine($"# chosen on all of tune: {WeighedReport.Figures(WeighedReport.Scored(reports, onAll))}");
        foreach (var (theme, share) in all) Console.WriteLine($"{theme}\t{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return 0;
    }
}
