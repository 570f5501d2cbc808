using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// What ingestion made of one source file: its reports in the order their text appears in the file, and every piece
/// of text the service keeps from that file (titles, subtitles, headings, passages, the wordings of collapsed
/// duplicates, and credits such as 撰稿/来源 lines, which the issue lets become a report's metadata), for the must-keep
/// check.
/// </summary>
public sealed record ProducedDocument(string FileName, IReadOnlyList<Report> Reports, IReadOnlyList<string> KeptTexts, IReadOnlyList<IngestionProblem> Problems)
{
    public static ProducedDocument From(string fileName, IngestionResult result)
    {
        var own = result.Reports.Where(r => r.SourcePath == fileName)
            .OrderBy(r => FirstLine(r, fileName))
            .ToList();
        var kept = new List<string>();
        foreach (var report in own)
        {
            kept.Add(report.Title);
            if (report.Subtitle is { } subtitle) kept.Add(subtitle);
            // A list's title (what stood above its first item: a page's or a section's label) is kept with its items.
            if (report.Collection is { } collection) kept.Add(collection);
            kept.AddRange(report.Credits);
            kept.AddRange(report.Sections.SelectMany(s => s.HeadingPath));
        }
        // A paragraph of this file may have been collapsed into a passage of another file's report (whole-folder ingestion).
        foreach (var passage in result.Reports.SelectMany(r => r.Passages))
        {
            var here = passage.Occurrences.Where(o => o.SourcePath == fileName).ToList();
            if (here.Count == 0 && !own.Any(r => r.Id == passage.ReportId)) continue;
            kept.Add(passage.Text);
            kept.AddRange(here.Select(o => o.Text));
        }
        var problems = result.Problems.Where(p => p.Path == fileName || p.Path.EndsWith("/" + fileName, StringComparison.Ordinal)).ToList();
        return new ProducedDocument(fileName, own, kept, problems);
    }

    /// <summary>
    /// Whether the phrase is kept, as written or — a phrase copied from a page with pinyin glosses (開(kāi)展), which
    /// reading removes and records — as read.
    /// </summary>
    public bool Keeps(string phrase)
    {
        var wanted = TextMatch.WithoutWhitespace(phrase);
        var read = TextMatch.WithoutPinyinGlosses(wanted);
        return KeptTexts.Select(TextMatch.WithoutWhitespace).Any(t => t.Contains(wanted, StringComparison.Ordinal) || t.Contains(read, StringComparison.Ordinal));
    }

    private static int FirstLine(Report report, string fileName) =>
        report.Passages.SelectMany(p => p.Occurrences).Where(o => o.SourcePath == fileName).Select(o => o.Line).DefaultIfEmpty(int.MaxValue).Min();
}
