using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-shares</c> (tune only): chooses, per theme, the share of a report's strongest theme score from which a theme
/// the report names in its own terms is kept (<c>theme-named-shares.tsv</c>; every other theme keeps a quarter), from
/// tune's labels. The reports are tune's as ingestion makes them (each file on its own) and their themes are weighed by
/// <see cref="ThemeTaxonomy.ForReport"/> itself with each candidate set of shares. Per theme the shares 0.25, 0.15, 0.1
/// and 0 are tried and the one adding at least <see cref="Margin"/> more labelled themes than unlabelled ones is kept:
/// leave-one-set-out (<see cref="ThemeChoiceRun"/>), then once on all of tune, whose rows it prints.
/// </summary>
public static class ThemeShares
{
    private static readonly double[] Shares = [0.25, 0.15, 0.1, 0];   // the first is every theme's default
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, bool everyTheme = false)
    {
        if (everyTheme) return RunKept(documents, textsFolder, pipeline);
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var themes = new ThemeTaxonomy(data.ThemeLines, data.Threshold).Themes;
        ThemeTaxonomy With(IReadOnlyDictionary<string, double> shares) =>
            data.With(data.ThemeLines, shareLines: shares.Select(s => $"{s.Key}\t{s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        Dictionary<string, double> Choose(IReadOnlyList<WeighedReport> set) => ChoosePerTheme(themes, Shares, set, With);

        var shipped = data.ShareLines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        static string Named(IReadOnlyDictionary<string, double> shares) =>
            shares.Count == 0 ? "a quarter for every theme" : string.Join(", ", shares.Select(c => $"{c.Key} {c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        var all = ThemeChoiceRun.LeaveOneSetOut<IReadOnlyDictionary<string, double>>(reports, shipped, Choose, With, Named);
        foreach (var (theme, share) in all) Console.WriteLine($"{theme}\t{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return 0;
    }

    private static readonly double[] KeptShares = [0.5, 0.4, 0.33, 0.25];   // the first is every theme's half

    /// <summary>
    /// <c>--theme-kept-shares</c>: the same choice for the share of the strongest score from which any theme is kept (the
    /// half), per theme, among 0.5, 0.4, 0.33 and 0.25; chosen leave-one-set-out, then on all of tune. Nothing ships from it.
    /// </summary>
    private static int RunKept(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var themes = new ThemeTaxonomy(data.ThemeLines, data.Threshold).Themes;
        ThemeTaxonomy With(IReadOnlyDictionary<string, double> shares) =>
            data.With(data.ThemeLines, keptShares: shares);
        IReadOnlyDictionary<string, double> Choose(IReadOnlyList<WeighedReport> set) => ChoosePerTheme(themes, KeptShares, set, With);
        static string Named(IReadOnlyDictionary<string, double> shares) =>
            shares.Count == 0 ? "a half for every theme" : string.Join(", ", shares.Select(c => $"{c.Key} {c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        ThemeChoiceRun.LeaveOneSetOut(reports, new Dictionary<string, double>(), Choose, With, Named);
        return 0;
    }

    /// <summary>
    /// Per theme in turn, the value of <paramref name="grid"/> (its first is every theme's default) that adds at least
    /// <see cref="Margin"/> more labelled themes than unlabelled ones to <paramref name="set"/>, given the themes chosen before.
    /// </summary>
    private static Dictionary<string, double> ChoosePerTheme(IReadOnlyList<string> themes, double[] grid, IReadOnlyList<WeighedReport> set,
        Func<IReadOnlyDictionary<string, double>, ThemeTaxonomy> with)
    {
        int Gain(IReadOnlyDictionary<string, double> values)
        {
            var taxonomy = with(values);
            return set.Sum(r => r.Gain(r.ThemesBy(taxonomy)));
        }
        var chosen = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            var baseline = Gain(chosen);
            var (by, best) = (0, grid[0]);
            foreach (var value in grid.Skip(1))
            {
                var gain = Gain(new Dictionary<string, double>(chosen) { [theme] = value }) - baseline;
                if (gain >= Margin && gain > by) (by, best) = (gain, value);
            }
            if (best != grid[0]) chosen[theme] = best;
        }
        return chosen;
    }
}
