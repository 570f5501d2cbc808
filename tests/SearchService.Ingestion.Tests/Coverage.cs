namespace SearchService.Ingestion.Tests;

/// <summary>Where every line of a source ended up: the lines of a text that no report, credit or dropped line holds.</summary>
public static class Coverage
{
    public static IReadOnlyList<string> Unaccounted(IngestionResult result, string text)
    {
        var kept = new List<string>();
        foreach (var report in result.Reports)
        {
            kept.Add(report.Title);
            if (report.Subtitle is { } subtitle) kept.Add(subtitle);
            if (report.Collection is { } collection) kept.Add(collection);
            kept.AddRange(report.Credits);
            kept.AddRange(report.Sections.SelectMany(s => s.HeadingPath));
            foreach (var passage in report.Passages)
            {
                kept.Add(passage.Text);
                kept.AddRange(passage.Occurrences.Select(o => o.Text));
            }
        }
        kept.AddRange(result.Dropped.Select(d => d.Text));
        // A line cut into paragraphs (at a sentence over the passage limit, or where a run of spaces kept a lost line
        // break, the two pieces perhaps two items') is held by the passages one after the other.
        kept.Add(string.Concat(result.Reports.SelectMany(r => r.Passages).Select(p => p.Text)));
        var all = kept.Select(Squeeze).ToList();
        return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            // A heading's closing colon (桐乡市总工会：) may be left out of the title it becomes.
            // A list item's marker (△, ■…) and the brackets of a tag heading an item (【某地】) may be left out of the title they become.
            .Where(line => !all.Any(k => k.Contains(Squeeze(line).TrimStart('—').TrimStart(ItemMarkers).TrimEnd('：', ':').Trim('【', '】'), StringComparison.Ordinal)))
            .ToList();
    }

    private static readonly char[] ItemMarkers = "△▲▽▼●○◆◇■□★☆◎※▶►▷•▪◼◾❖♦".ToCharArray();

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
