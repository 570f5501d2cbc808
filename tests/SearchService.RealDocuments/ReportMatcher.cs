using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// Pairs labelled reports with produced ones: first by the label's title phrase (found in a report's title scores
/// highest, then in a heading, then in a passage), then the labels left over take the produced reports left over in
/// file order. A label without a partner was not produced; a produced report without a label is an extra split.
/// </summary>
public static class ReportMatcher
{
    public static IReadOnlyList<(LabelledReport Label, Report? Produced)> Match(IReadOnlyList<LabelledReport> labels, IReadOnlyList<Report> produced)
    {
        var partner = new Report?[labels.Count];
        var taken = new bool[produced.Count];
        var candidates =
            from i in Enumerable.Range(0, labels.Count)
            from j in Enumerable.Range(0, produced.Count)
            let score = Score(labels[i].Title, produced[j])
            where score > 0
            orderby score descending, i, j
            select (i, j);
        foreach (var (i, j) in candidates)
        {
            if (partner[i] is not null || taken[j]) continue;
            partner[i] = produced[j];
            taken[j] = true;
        }
        var leftOver = new Queue<Report>(produced.Where((_, j) => !taken[j]));
        for (var i = 0; i < labels.Count; i++)
            if (partner[i] is null && leftOver.Count > 0) partner[i] = leftOver.Dequeue();
        return labels.Select((label, i) => (label, partner[i])).ToList();
    }

    private static int Score(string titlePhrase, Report report)
    {
        var phrase = TextMatch.WithoutWhitespace(titlePhrase);
        bool In(string? text) => text is not null && TextMatch.WithoutWhitespace(text).Contains(phrase, StringComparison.Ordinal);
        if (In(report.Title) || In(report.Subtitle)) return 3;
        if (report.Sections.SelectMany(s => s.HeadingPath).Any(In)) return 2;
        return report.Passages.Any(p => In(p.Text)) ? 1 : 0;
    }
}
