using System.Text;

namespace SearchService.Core.Search.Citations;

/// <summary>
/// Writes a citation in the style of GB/T 7714-2015, the one place the text of a citation is made (the API, the
/// exports and the page all use it):
/// <c>平湖市总工会. 坚持试点先行 注重系统发力[G]//长三角地区产业工人队伍建设改革经验交流集萃. 2023. (000_84dcf32169c3dcc4.txt, 第 65 行). http://host/passages/p-…</c>.
/// Parts that are not known are left out rather than guessed; a posted report is located as <c>API 提交</c> and its date.
/// </summary>
public static class CitationFormatter
{
    public static string Format(CitationParts parts)
    {
        var text = new StringBuilder();
        if (Present(parts.Author)) text.Append(Clean(parts.Author!)).Append(". ");
        text.Append(Present(parts.Title) ? Clean(parts.Title) : "无题").Append('[').Append(parts.Type).Append(']');
        if (Present(parts.Compilation)) text.Append("//").Append(Clean(parts.Compilation!));
        text.Append('.');

        // A posted report is dated where it is located ("API 提交, 2024-01-12"), not twice.
        var date = !Present(parts.Date) || parts.Posted ? null : parts.Type == CitationParts.Online ? $"({parts.Date!.Trim()})" : Year(parts.Date!);
        var published = string.Join(", ", new[] { parts.Publisher, date }.Where(Present).Select(p => Clean(p!)));
        if (published.Length > 0) text.Append(' ').Append(published).Append('.');

        text.Append(" (").Append(Where(parts)).Append(").");
        if (Present(parts.SourceUrl)) text.Append(' ').Append(parts.SourceUrl!.Trim()).Append('.');
        if (Present(parts.Permalink)) text.Append(' ').Append(parts.Permalink!.Trim());
        return text.ToString().TrimEnd();
    }

    /// <summary>Where the passage stands: the file and its lines, or for a posted report "API 提交" and its date.</summary>
    private static string Where(CitationParts parts)
    {
        var pieces = new List<string>();
        if (parts.Posted)
        {
            pieces.Add("API 提交");
            if (Present(parts.Date)) pieces.Add(parts.Date!.Trim());
        }
        else pieces.Add(Present(parts.Source) ? parts.Source : "来源不详");
        if (Present(parts.Location)) pieces.Add(parts.Location!);
        return string.Join(", ", pieces);
    }

    /// <summary>
    /// Lines in words: <c>第 65 行</c>, <c>第 65–67 行</c>, <c>第 21、57 行</c>; in a PDF the pages, whose line numbers a
    /// reader cannot see: <c>第 3 页</c>, <c>第 3–4 页</c>.
    /// </summary>
    public static string? Location(IReadOnlyList<CitedLines> lines)
    {
        if (lines.Count == 0) return null;
        if (lines.Any(l => l.FirstPage is not null))
        {
            var pages = lines.SelectMany(l => Enumerable.Range(l.FirstPage ?? l.LastPage ?? 0, Math.Max(1, (l.LastPage ?? l.FirstPage ?? 0) - (l.FirstPage ?? l.LastPage ?? 0) + 1)))
                .Where(p => p > 0).Distinct().Order().ToList();
            return pages.Count == 0 ? null : $"第 {Runs(pages)} 页";
        }
        return $"第 {string.Join("、", lines.Select(l => l.First == l.Last ? $"{l.First}" : $"{l.First}–{l.Last}"))} 行";
    }

    /// <summary>Consecutive numbers as runs: 3, 4, 5, 9 → 3–5、9.</summary>
    private static string Runs(IReadOnlyList<int> numbers)
    {
        var runs = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1) j++;
            runs.Add(i == j ? $"{numbers[i]}" : $"{numbers[i]}–{numbers[j]}");
            i = j + 1;
        }
        return string.Join("、", runs);
    }

    private static string Year(string date)
    {
        var trimmed = date.Trim();
        return trimmed.Length >= 4 && trimmed[..4].All(char.IsAsciiDigit) ? trimmed[..4] : trimmed;
    }

    private static bool Present(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>One line, without the full stop GB/T puts after each element doubling one already there.</summary>
    private static string Clean(string value) => string.Join(" ", value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '。');
}
