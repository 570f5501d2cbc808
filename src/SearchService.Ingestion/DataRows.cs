namespace SearchService.Ingestion;

/// <summary>
/// The one way the shipped and user-edited data files are read: each line trimmed, empty lines and <c>#</c> comments
/// skipped, the line number kept for the loader's error message.
/// </summary>
public static class DataRows
{
    /// <summary>The content lines of a word list or comma list.</summary>
    public static IEnumerable<(int Number, string Line)> Lines(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (number, line);
        }
    }

    /// <summary>The content lines of a tab-separated file, cut into trimmed fields.</summary>
    public static IEnumerable<(int Number, string[] Fields)> Fields(IEnumerable<string> lines) =>
        Lines(lines).Select(row => (row.Number, row.Line.Split('\t', StringSplitOptions.TrimEntries)));
}
