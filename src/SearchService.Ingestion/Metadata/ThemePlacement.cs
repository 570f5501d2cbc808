namespace SearchService.Ingestion.Metadata;

/// <summary>
/// How many times a keyword counts by where it stands in a report: in the title (and its subtitle), in a heading, in the
/// lead paragraph; once in any other passage. The title and lead say what a report is about, a passing mention does not.
/// With <see cref="HeadlineOnce"/>, a heading that prints the title again (a web page's title tag and its h1, or
/// <c>标题-工会</c>) counts nothing more: the headline's words are the title's, not a second heading's.
/// </summary>
public sealed record ThemePlacement(double Title, double Heading, double Lead, bool HeadlineOnce = false)
{
    public static readonly ThemePlacement Default = new(3, 2, 2);

    /// <summary>Longest site or channel name after a dash that still leaves a heading the title's repetition.</summary>
    private const int SiteNameAfterTitle = 10;

    /// <summary>
    /// True when <paramref name="heading"/> is a line of <paramref name="title"/> (its headline or its subtitle) printed
    /// again, alone or followed by a dash, underscore or bar and a short site name (<c>标题-工会</c>, <c>标题_某某网</c>).
    /// </summary>
    public static bool RepeatsTitle(string heading, string title)
    {
        var h = heading.Trim();
        if (h.Length == 0) return false;
        foreach (var raw in title.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (h == line) return true;
            if (h.Length > line.Length + 1 && h.StartsWith(line, StringComparison.Ordinal) && "-_|－—｜".Contains(h[line.Length]))
            {
                var rest = h[(line.Length + 1)..].Trim();
                if (rest.Length is > 0 and <= SiteNameAfterTitle && !rest.Any(c => "，。；：！？,;:!?".Contains(c))) return true;
            }
        }
        return false;
    }
}
