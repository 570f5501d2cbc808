using System.Globalization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// A labelled report as the theme choice weighs it: what <see cref="IngestionPipeline"/> gives
/// <see cref="ThemeTaxonomy.ForReport"/> (the title with its subtitle, the passages' headings, the passages, folded)
/// beside the report's labelled themes. Shared by the harness's theme choosers (<see cref="ThemeTerms"/>,
/// <see cref="ThemeSpreads"/>, <see cref="ThemePruning"/>).
/// </summary>
internal sealed record WeighedReport(int Doc, IReadOnlyList<string> Labels, string Title, IReadOnlyList<string> Headings, IReadOnlyList<string> Passages)
{
    /// <summary>The set that joined tune last, which the choosers also score with choices made on the rest of tune.</summary>
    public const int LastJoinedFrom = 584, LastJoinedTo = 633;

    public bool InLastJoined => Doc is >= LastJoinedFrom and <= LastJoinedTo;

    /// <summary>The themes <paramref name="taxonomy"/> gives the report, as ingestion would.</summary>
    public IReadOnlyList<string> ThemesBy(ThemeTaxonomy taxonomy) => taxonomy.ForReport(Title, Headings, Passages);

    /// <summary>What <paramref name="themes"/> are worth against the labels: one for each labelled, minus one for each other.</summary>
    public int Gain(IReadOnlyList<string> themes) => themes.Sum(t => Labels.Contains(t) ? 1 : -1);

    /// <summary>Each report with the themes <paramref name="taxonomy"/> gives it.</summary>
    public static IEnumerable<(WeighedReport Report, IReadOnlyList<string> Themes)> Scored(IEnumerable<WeighedReport> set, ThemeTaxonomy taxonomy) =>
        set.Select(r => (r, r.ThemesBy(taxonomy)));

    /// <summary>The measurement's theme rows for reports and the themes given them.</summary>
    public static string Figures(IEnumerable<(WeighedReport Report, IReadOnlyList<string> Themes)> scored) =>
        ThemeFigures.Of(scored.Select(s => (s.Report.Labels, s.Themes)));

    public bool Holds(string term) => Title.Contains(term, StringComparison.Ordinal)
        || Headings.Any(h => h.Contains(term, StringComparison.Ordinal)) || Passages.Any(p => p.Contains(term, StringComparison.Ordinal));

    /// <summary>
    /// Every labelled report with themes, each file ingested on its own; a labelled report ingestion does not produce is
    /// weighed as empty text when <paramref name="withUnproduced"/> (it still counts against recall), else left out.
    /// </summary>
    public static List<WeighedReport> Collect(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, bool withUnproduced)
    {
        var fold = ScriptFold.Default;
        var reports = new List<WeighedReport>();
        foreach (var document in documents)
        {
            var produced = pipeline.IngestPath(Path.Combine(textsFolder, document.FileName)).Reports;
            var doc = int.Parse(document.Id, CultureInfo.InvariantCulture);
            foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced))
            {
                if (label.Themes.Count == 0) continue;
                if (report is null)
                {
                    if (withUnproduced) reports.Add(new WeighedReport(doc, label.Themes, "", [], []));
                    continue;
                }
                reports.Add(new WeighedReport(doc, label.Themes, fold.Fold(report.Subtitle is null ? report.Title : report.Title + "\n" + report.Subtitle),
                    report.Passages.SelectMany(p => p.SectionPath).Select(fold.Fold).ToList(), report.Passages.Select(p => fold.Fold(p.Text)).ToList()));
            }
        }
        return reports;
    }
}
