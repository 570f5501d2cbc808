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

    private sealed record Weighed(string Doc, IReadOnlyList<string> Labels, string Title, IReadOnlyList<string> Headings, IReadOnlyList<string> Passages);

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var fold = ScriptFold.Default;
        var reports = new List<Weighed>();
        foreach (var document in documents)
        {
            var produced = pipeline.IngestPath(Path.Combine(textsFolder, document.FileName)).Reports;
            foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced))
            {
                if (label.Themes.Count == 0) continue;
                // What IngestionPipeline gives ForReport: the title with its subtitle, the passages' headings, the passages, folded.
                reports.Add(report is null
                    ? new Weighed(document.Id, label.Themes, "", [], [])
                    : new Weighed(document.Id, label.Themes, fold.Fold(report.Subtitle is null ? report.Title : report.Title + "\n" + report.Subtitle),
                        report.Passages.SelectMany(p => p.SectionPath).Select(fold.Fold).ToList(), report.Passages.Select(p => fold.Fold(p.Text)).ToList()));
            }
        }

        var options = new IngestionOptions();
        var themesFile = IngestionOptions.DataFile(options.ThemesPath, "themes.tsv");
        var folder = Path.GetDirectoryName(Path.GetFullPath(themesFile))!;
        var themeLines = File.ReadAllLines(themesFile);
        var aliases = ThemeAliases.Load(Path.Combine(folder, "theme-aliases.tsv"));
        var groupLines = File.Exists(Path.Combine(folder, "theme-groups.tsv")) ? File.ReadAllLines(Path.Combine(folder, "theme-groups.tsv")) : [];
        var themes = new ThemeTaxonomy(themeLines, options.ThemeThreshold).Themes;
        ThemeTaxonomy With(IReadOnlyDictionary<string, double> shares) =>
            new(themeLines, options.ThemeThreshold, aliases, groupLines, shares.Select(s => $"{s.Key}\t{s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        IReadOnlyList<string> ThemesOf(ThemeTaxonomy taxonomy, Weighed r) => taxonomy.ForReport(r.Title, r.Headings, r.Passages);
        int Gain(List<Weighed> set, IReadOnlyDictionary<string, double> shares)
        {
            var taxonomy = With(shares);
            return set.Sum(r => ThemesOf(taxonomy, r).Sum(t => r.Labels.Contains(t) ? 1 : -1));
        }
        Dictionary<string, double> Choose(List<Weighed> set)
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
        string Figures(IEnumerable<(Weighed Report, IReadOnlyList<string> Themes)> pairs) => ThemeFigures.Of(pairs.Select(p => (p.Report.Labels, p.Themes)));

        // Folds by document, in a fixed shuffled order: a report's document never straddles two folds.
        var ids = reports.Select(r => r.Doc).Distinct().Order(StringComparer.Ordinal).ToArray();
        new Random(12).Shuffle(ids);
        var foldOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % Folds);
        var scored = new List<(Weighed, IReadOnlyList<string>)>();
        for (var f = 0; f < Folds; f++)
        {
            var chosen = Choose(reports.Where(r => foldOf[r.Doc] != f).ToList());
            Console.WriteLine($"# fold {f + 1}: {(chosen.Count == 0 ? "none" : string.Join(", ", chosen.Select(c => $"{c.Key} {c.Value}")))}");
            var taxonomy = With(chosen);
            scored.AddRange(reports.Where(r => foldOf[r.Doc] == f).Select(r => (r, ThemesOf(taxonomy, r))));
        }
        var quarter = With(new Dictionary<string, double>());
        Console.WriteLine($"# every report with a quarter: {Figures(reports.Select(r => (r, ThemesOf(quarter, r))))}");
        Console.WriteLine($"# cross-validated (each fifth with the shares chosen on the others): {Figures(scored)}");
        var all = Choose(reports);
        var onAll = With(all);
        Console.WriteLine($"# chosen on all of tune: {Figures(reports.Select(r => (r, ThemesOf(onAll, r))))}");
        foreach (var (theme, share) in all) Console.WriteLine($"{theme}\t{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return 0;
    }
}
