namespace SearchService.RealDocuments;

/// <summary>Reads labels.tsv: a header row, then one row per expected report with the document's fields repeated.</summary>
public static class LabelSet
{
    private static readonly string[] Columns =
        ["doc", "url", "script", "kind", "split", "report", "title", "organisation", "province", "city", "county", "themes", "traps", "keep", "other_script_phrase", "other_script_query", "text_sha256"];

    public static IReadOnlyList<LabelledDocument> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new FormatException($"{path} is empty; expected a header row");
        var header = lines[0].Split('\t');
        var column = Columns.ToDictionary(c => c, c => Array.IndexOf(header, c));
        var missing = column.Where(c => c.Value < 0).Select(c => c.Key).ToList();
        if (missing.Count > 0) throw new FormatException($"{path}: header lacks {string.Join(", ", missing)}");

        var rows = new List<string[]>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = lines[i].Split('\t');
            if (cells.Length != header.Length) throw new FormatException($"{path}, line {i + 1}: {cells.Length} cells, the header has {header.Length}");
            rows.Add(cells);
        }

        return rows.GroupBy(r => r[column["doc"]]).Select(group =>
        {
            var first = group.First();
            string Cell(string name) => first[column[name]];
            var reports = group.Select(r => new LabelledReport(
                    int.Parse(r[column["report"]], System.Globalization.CultureInfo.InvariantCulture),
                    r[column["title"]], r[column["organisation"]], r[column["province"]], r[column["city"]], r[column["county"]],
                    r[column["themes"]].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    r[column["traps"]]))
                .OrderBy(r => r.Number)
                .ToList();
            return new LabelledDocument(group.Key, Cell("url"), Cell("script"), Cell("kind"), Cell("split"),
                Cell("keep").Split('|', StringSplitOptions.RemoveEmptyEntries), Cell("other_script_phrase"), Cell("other_script_query"), Cell("text_sha256"), reports);
        }).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }
}
