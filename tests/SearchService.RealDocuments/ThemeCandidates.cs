using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-candidates FILE</c> (tune only): writes, for every tune report with labelled themes, every theme its
/// keywords reach as <see cref="ThemeTaxonomy.Candidates"/> weighs it (score, share of the strongest, rank, named in its
/// own terms, passages holding it, in the title, lead or a heading, the report's length), whether it is labelled and
/// whether <see cref="ThemeTaxonomy.ForReport"/> keeps it — the table on which choices of a report's themes are fitted
/// and cross-validated outside the harness (labelled themes no candidate reaches are written with score 0; those of a report splitting does not produce with length -1).
/// </summary>
public static class ThemeCandidates
{
    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, string outputFile)
    {
        var fold = ScriptFold.Default;
        var options = new IngestionOptions();
        var taxonomy = ThemeTaxonomy.Load(IngestionOptions.DataFile(options.ThemesPath, "themes.tsv"), options.ThemeThreshold,
            Gazetteer.Load(IngestionOptions.DataFile(options.GazetteerPath, "gazetteer.tsv")).PlaceNames);
        static string N(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        using var output = new StreamWriter(outputFile);
        output.WriteLine("doc\treport\tlabels\ttheme\tscore\tshare\trank\tnamed\tpassages_holding\tpassages\tgroup\tin_title\tin_lead\tin_heading\tchars\tlabelled\tkept");
        foreach (var document in documents)
        {
            var produced = pipeline.IngestPath(Path.Combine(textsFolder, document.FileName)).Reports;
            foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced))
            {
                if (label.Themes.Count == 0) continue;
                var labels = string.Join(";", label.Themes);
                var prefix = $"{document.Id}\t{label.Number}\t{labels}";
                if (report is null)
                {
                    foreach (var t in label.Themes) output.WriteLine($"{prefix}\t{t}\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t-1\t1\t0");
                    continue;
                }
                var title = fold.Fold(report.Subtitle is null ? report.Title : report.Title + "\n" + report.Subtitle);
                var headings = report.Passages.SelectMany(p => p.SectionPath).Select(fold.Fold).Distinct().ToList();
                var passages = report.Passages.Select(p => fold.Fold(p.Text)).ToList();
                var candidates = taxonomy.Candidates(title, headings, passages);
                var kept = taxonomy.ForReport(title, headings, passages);
                var strongest = candidates.Count > 0 ? candidates[0].Score : 0;
                var inTitle = taxonomy.Match(title, 0).Select(m => m.Theme).ToHashSet();
                var inLead = passages.Count > 0 ? taxonomy.Match(passages[0], 0).Select(m => m.Theme).ToHashSet() : [];
                var inHeading = headings.SelectMany(h => taxonomy.Match(h, 0)).Select(m => m.Theme).ToHashSet();
                var chars = passages.Sum(p => p.Length);
                for (var i = 0; i < candidates.Count; i++)
                {
                    var c = candidates[i];
                    output.WriteLine($"{prefix}\t{c.Theme}\t{N(c.Score)}\t{N(c.Score / strongest)}\t{i + 1}\t{(c.Named ? 1 : 0)}\t{c.PassagesHolding}\t{c.PassageCount}\t{(c.Group ? 1 : 0)}"
                        + $"\t{(inTitle.Contains(c.Theme) ? 1 : 0)}\t{(inLead.Contains(c.Theme) ? 1 : 0)}\t{(inHeading.Contains(c.Theme) ? 1 : 0)}\t{chars}"
                        + $"\t{(label.Themes.Contains(c.Theme) ? 1 : 0)}\t{(kept.Contains(c.Theme) ? 1 : 0)}");
                }
                foreach (var t in label.Themes.Where(t => candidates.All(c => c.Theme != t)))
                    output.WriteLine($"{prefix}\t{t}\t0\t0\t0\t0\t0\t{passages.Count}\t0\t0\t0\t0\t{chars}\t1\t0");
            }
        }
        Console.WriteLine($"# candidates written to {outputFile}");
        return 0;
    }
}
