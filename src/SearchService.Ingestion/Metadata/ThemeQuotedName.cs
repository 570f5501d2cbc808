namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a second theme is left out because the report names it only inside quotation marks: every keyword of it the
/// report holds stands within “…” (or 「…」, 『…』, ‘…’) — a campaign's, a scheme's or an award's name (“某某工匠”荣誉,
/// “一户一产业工人”工程) that a report on something else cites, not work of that theme. A theme any of whose keywords also
/// stands outside quotes, anywhere in the report, is read as usual; the strongest theme is never left out for this.
/// With <see cref="EvenInTitle"/> false, a theme whose quoted keyword stands in the title is kept (the title quoting
/// a name can be what the report is about). With <see cref="NamesOnly"/>, only a quote that reads as a name counts — at
/// most <see cref="LongestName"/> characters and no clause punctuation inside (、，。？！；：) —, not a sentence quoted
/// (a question a meeting discussed, a slogan of two clauses), which can state the report's own work. As shipped, names
/// only and not in the title: chosen by every one of tune's 23 gathered sets left out (the real-documents harness's
/// <c>--theme-quoted</c>), it leaves out nine unlabelled themes and one labelled on tune and no report's sensible theme.
/// </summary>
public sealed record ThemeQuotedName(bool LeavesOut, bool EvenInTitle, bool NamesOnly = false)
{
    public static readonly ThemeQuotedName Off = new(false, false);

    /// <summary>As shipped: a quoted name (not a quoted sentence) left out, unless one stands in the title.</summary>
    public static readonly ThemeQuotedName Default = new(true, false, true);

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        LeavesOut && candidate.Theme != strongest.Theme && candidate.OnlyQuoted && (EvenInTitle || !candidate.InTitle);

    private const int LongestQuote = 30, LongestName = 12;   // further than this an opening mark is unbalanced, not a name
    private static readonly char[] ClausePunctuation = ['、', '，', ',', '。', '？', '?', '！', '!', '；', ';', '：', ':'];
    private static readonly (char Open, char Close)[] Marks = [('“', '”'), ('「', '」'), ('『', '』'), ('‘', '’')];

    /// <summary>
    /// The text with every quoted span's characters (the marks and what they enclose) blanked out, so a keyword found
    /// in it stands outside quotes; an opening mark with no closing one within <see cref="LongestQuote"/> characters
    /// is left as it is.
    /// </summary>
    public string Unquoted(string text) => Unquoted(text, NamesOnly);

    public static string Unquoted(string text, bool namesOnly)
    {
        if (text.IndexOfAny(['“', '「', '『', '‘']) < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var mark = Array.FindIndex(Marks, m => m.Open == chars[i]);
            if (mark < 0) continue;
            var close = text.IndexOf(Marks[mark].Close, i + 1);
            if (close < 0 || close - i > LongestQuote) continue;
            if (namesOnly && (close - i - 1 > LongestName || text.AsSpan(i + 1, close - i - 1).IndexOfAny(ClausePunctuation) >= 0)) { i = close; continue; }
            for (var j = i; j <= close; j++) chars[j] = ' ';
            i = close;
        }
        return new string(chars);
    }
}
