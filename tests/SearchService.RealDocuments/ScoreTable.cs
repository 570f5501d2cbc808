namespace SearchService.RealDocuments;

/// <summary>Prints figures as rows with one column per split.</summary>
public sealed class ScoreTable(IReadOnlyList<string> columns)
{
    private const int LabelWidth = 58;
    private const int ColumnWidth = 20;

    public void Heading(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(new string(' ', LabelWidth) + string.Concat(columns.Select(c => c.PadRight(ColumnWidth))));
    }

    public void Row(string label, IEnumerable<string> values) =>
        Console.WriteLine(label.PadRight(LabelWidth) + string.Concat(values.Select(v => v.PadRight(ColumnWidth))));

    /// <summary>The ingestion figures of each column's documents.</summary>
    public void Ingestion(IReadOnlyList<IReadOnlyList<DocumentScore>> scores)
    {
        Row("documents", scores.Select(s => s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Row("reports expected / produced", scores.Select(s => $"{s.Sum(d => d.ReportsExpected)} / {s.Sum(d => d.ReportsProduced)}"));
        foreach (var metric in Metric.Ingestion)
            Row(metric, scores.Select(s => Tally(s.SelectMany(d => d.Checks), metric).ToString()));
    }

    public void CrossScript(IReadOnlyList<IReadOnlyList<CrossScriptResult>> results)
    {
        Row(Metric.TraditionalFoundBySimplified, results.Select(r => Tally(r.Where(x => x.Document.IsTraditional).Select(x => x.FoundInOtherScript)).ToString()));
        Row(Metric.SimplifiedFoundByTraditional, results.Select(r => Tally(r.Where(x => !x.Document.IsTraditional).Select(x => x.FoundInOtherScript)).ToString()));
        Row(Metric.FoundInOwnScript, results.Select(r => Tally(r.Select(x => x.FoundInOwnScript)).ToString()));
    }

    private static Ratio Tally(IEnumerable<(string Metric, bool Passed)> checks, string metric) =>
        Tally(checks.Where(c => c.Metric == metric).Select(c => c.Passed));

    private static Ratio Tally(IEnumerable<bool> passed) => passed.Aggregate(new Ratio(0, 0), (ratio, hit) => ratio.Add(hit));
}
