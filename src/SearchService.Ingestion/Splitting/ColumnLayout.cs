using System.Text.RegularExpressions;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Text extracted from a page laid out in columns (a yearbook, a newspaper page, <c>pdftotext -layout</c>) holds a
/// piece of each column on every line, separated by a wide run of spaces. Read line by line, two articles are woven
/// together; read column by column, each is whole again.
/// <para>
/// A document is laid out in columns when at least five lines, and a third of its lines, hold two or more pieces
/// separated by four or more spaces, and most second pieces start at the same column (± 4 characters). Then every
/// piece starting at or right of that column belongs to the right column (a third column further right, e.g. a
/// chapter tab, likewise), and the columns are read one after the other, each line keeping its number. The columns
/// must hold prose (pieces of eight characters or more, as a rule): a table's short cells stay in their rows.
/// </para>
/// </summary>
internal static partial class ColumnLayout
{
    private const int Tolerance = 4;

    public static IReadOnlyList<SourceLine> Unfold(IReadOnlyList<SourceLine> lines)
    {
        var pieces = lines.Select(Pieces).ToList();
        var split = pieces.Count(p => p.Count >= 2);
        if (split < 5 || split * 3 < lines.Count) return lines;

        // Every piece's start counts, a line holding one piece too (a column's line beside an empty one).
        var columns = ColumnStarts(pieces.SelectMany(p => p).Select(p => p.Start).ToList());
        if (columns.Count < 2) return lines;

        var byColumn = new List<SourceLine>[columns.Count];
        for (var c = 0; c < byColumn.Length; c++) byColumn[c] = [];
        for (var i = 0; i < lines.Count; i++)
            foreach (var (start, text) in pieces[i])
            {
                var column = 0;
                while (column + 1 < columns.Count && start >= columns[column + 1] - Tolerance) column++;
                byColumn[column].Add(lines[i] with { Text = text, Indent = start });
            }
        // A column of prose: most of its pieces are eight characters or more (a table's cells are shorter).
        if (byColumn.Take(2).Any(column => column.Count == 0 || column.Count(l => l.Text.Length >= 8) * 2 < column.Count)) return lines;
        return byColumn.SelectMany(column => column.All(l => l.Text.Length <= 2) ? [Vertical(column)] : column).ToList();
    }

    /// <summary>A column of single characters is text set vertically (a chapter tab: 第/二/章): one line.</summary>
    private static SourceLine Vertical(List<SourceLine> column) =>
        column[0] with { Text = string.Concat(column.Select(l => l.Text)), Last = column[^1].Last };

    /// <summary>The pieces of a line and the character column each starts at.</summary>
    private static List<(int Start, string Text)> Pieces(SourceLine line)
    {
        var result = new List<(int, string)>();
        if (line.HeadingLevel > 0) return [(line.Indent, line.Text)];
        var at = 0;
        foreach (Match gap in Gap().Matches(line.Text))
        {
            if (gap.Index > at) result.Add((line.Indent + at, line.Text[at..gap.Index]));
            at = gap.Index + gap.Length;
        }
        if (at < line.Text.Length) result.Add((line.Indent + at, line.Text[at..]));
        return result;
    }

    /// <summary>Where the columns right of the first start: clusters of piece starts that hold most of them, left to right.</summary>
    private static List<int> ColumnStarts(List<int> starts)
    {
        var columns = new List<int>();
        var remaining = starts.Order().ToList();
        while (remaining.Count > 0 && columns.Count < 8)
        {
            // The densest window of starts within ± Tolerance, with a sliding window over the sorted starts.
            int best = 0, bestCount = 0;
            for (int high = 0, low = 0; high < remaining.Count; high++)
            {
                while (remaining[high] - remaining[low] > 2 * Tolerance) low++;
                if (high - low + 1 > bestCount) (best, bestCount) = (low, high - low + 1);
            }
            // Three pieces starting at the same column make one; a stray gap inside a line does not.
            if (bestCount < 3) break;
            columns.Add(remaining[best]);
            remaining.RemoveRange(best, bestCount);
        }
        columns.Sort();
        return columns;
    }

    [GeneratedRegex(@"[ \u3000]{4,}")]
    private static partial Regex Gap();
}
