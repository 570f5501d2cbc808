using System.Text.RegularExpressions;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>What a line looks like: byline, heading, numbered or enumerated item, the end of a sentence.</summary>
internal static partial class LineShapes
{
    /// <summary>A character of the CJK Unified Ideographs block, as the splitting rules count Chinese characters.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    public const int MaxHeadingLength = 40;

    public static bool IsByline(string text) => Byline().IsMatch(text);

    public static bool IsMarker(string text) => Marker().IsMatch(text);

    public static bool IsCompilation(string byline) => Compilation().IsMatch(byline);

    /// <summary>
    /// A <c>——</c> line ending in a feature's genre (<c>——某市新时期工会工作扫描</c>, <c>——某某工会服务职工纪实</c>): the
    /// headline's subtitle, whoever it names, not a byline saying whose report follows.
    /// </summary>
    public static bool IsFeatureSubtitle(string text) => IsByline(text) && FeatureGenre().IsMatch(text.TrimEnd());

    /// <summary>The level of a heading line (document structure, <c>一、</c> 1, <c>（一）</c> 2, <c>1.</c> 3, a short unpunctuated line 1), or null for body text.</summary>
    public static int? HeadingLevel(SourceLine line, string text)
    {
        if (line.HeadingLevel > 0) return line.HeadingLevel;
        // Lines joined because they were wrapped or cut are a paragraph, however short.
        if (text.Length > MaxHeadingLength || EndsSentence(text) || line.Last > line.Number || line.Pieces.Count > 0) return null;
        if (Numbered().Match(text) is { Success: true } numbered) return LevelOf(numbered.Value);
        if (Enumerated().IsMatch(text)) return null;
        // A photograph's file name where the page showed it (图1.png, 调研现场4.jpg) is the picture's caption, no heading.
        if (ImageFile().IsMatch(text)) return null;
        return text.Contains('，') || text.Contains('。') ? null : 1;
    }

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|bmp|webp)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageFile();

    /// <summary>The ordinal a line starts with (<c>三、</c>, <c>（二）</c>, <c>1.</c>), or null.</summary>
    public static string? Ordinal(string text) => Numbered().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>The number of a Chinese ordinal such as <c>三、</c> or <c>（十二）</c>; 0 when it is not one.</summary>
    public static int OrdinalValue(string ordinal)
    {
        var digits = ordinal.Trim('（', '）', '(', ')', '、', '.', '．');
        if (int.TryParse(digits, out var arabic)) return arabic;
        return ChineseNumber(digits);
    }

    /// <summary>一 … 九十九 → 1 … 99; 0 for anything else.</summary>
    public static int ChineseNumber(string digits)
    {
        const string Units = "零一二三四五六七八九";
        if (digits.Length == 0) return 0;
        var ten = digits.IndexOf('十');
        if (ten < 0) return digits.Length == 1 ? Math.Max(0, Units.IndexOf(digits[0])) : 0;
        var tens = ten == 0 ? 1 : ten == 1 ? Units.IndexOf(digits[0]) : -1;
        var ones = ten == digits.Length - 1 ? 0 : ten == digits.Length - 2 ? Units.IndexOf(digits[^1]) : -1;
        return tens < 1 || ones < 0 ? 0 : tens * 10 + ones;
    }

    public static int LevelOf(string ordinal) =>
        ordinal.StartsWith('（') || ordinal.StartsWith('(') ? 2 : char.IsAsciiDigit(ordinal[0]) ? 3 : 1;

    public static bool IsNumbered(string text) => Numbered().IsMatch(text);

    public static bool IsEnumerated(string text) => Enumerated().IsMatch(text);

    /// <summary>The opening sentence of a numbered paragraph, when short enough to be its heading.</summary>
    public static string? FirstSentence(string text)
    {
        var end = Sentences.FirstEnd(text, Sentences.StopsOrSemicolon);
        if (end < 0 || end > MaxHeadingLength) return null;
        return text[..end].Trim();
    }

    /// <summary>
    /// Whether a text holds a comma between clauses: the full-width one, or the half-width one a page folded to
    /// half-width forms writes instead (not the one grouping digits, 1,200).
    /// </summary>
    public static bool HasComma(string text) => text.Contains('，') || ClauseComma().IsMatch(text);

    [GeneratedRegex(@",(?!\d)|(?<!\d),")]
    private static partial Regex ClauseComma();

    /// <summary>
    /// The text with a level list written in brackets inside an area's unions read as plain (<c>各县(市)区总工会</c>,
    /// <c>各县（市、区）工会</c> → <c>各县市区…</c>), so the area's unions are told apart however the page brackets its levels.
    /// </summary>
    public static string WithLevelsUnbracketed(string text) =>
        text.Contains('(') || text.Contains('（') ? BracketedLevels().Replace(text, m => m.Groups[1].Value.Replace("、", "", StringComparison.Ordinal)) : text;

    [GeneratedRegex(@"(?<=各[\u4E00-\u9FFF]{0,3})[（(]([县市区旗镇乡縣區、]{1,5})[）)]")]
    private static partial Regex BracketedLevels();

    /// <summary>Whether a line ends as a sentence (<see cref="Sentences.Ends"/>).</summary>
    public static bool EndsSentence(string text) => Sentences.Ends(text);

    /// <summary>
    /// Ends where a paragraph may end: a sentence mark, possibly followed by closing quotes or brackets, an ellipsis, or
    /// a colon (a lead-in). A line that does not may be cut (wrapped, or broken off and continued elsewhere).
    /// </summary>
    public static bool EndsClause(string text)
    {
        if (text.Length == 0) return true;
        // A closing bracket at the end closes an aside or a dateline: whatever it closed is complete.
        if (text[^1] is '）' or ')' or '】' or ']') return true;
        var end = text.Length - 1;
        while (end >= 0 && text[end] is '”' or '’' or '」' or '』' or '》' or '"' or '\'') end--;
        return end < 0 || text[end] is '。' or '！' or '？' or '；' or '：' or ':' or '…' or '.' or '!' or '?' or ';';
    }

    /// <summary>Width in columns as a text renders (CJK and full-width forms 2, others 1): wrap widths of mixed text are measured in these.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text) width += c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80') ? 2 : 1;
        return width;
    }

    // Not --> (the end of an HTML comment whose text leaked into the page).
    [GeneratedRegex(@"^\s*(?:——|--(?!>)|－－|—\s*—)")]
    private static partial Regex Byline();

    [GeneratedRegex("(?:扫描|掃描|纪实|紀實|综述|綜述|侧记|側記|巡礼|巡禮|速写|速寫|素描)$")]
    private static partial Regex FeatureGenre();

    [GeneratedRegex("集萃|汇编|选编|文集|经验交流材料$")]
    private static partial Regex Compilation();

    [GeneratedRegex(@"^(?:专题|附件\d*|目录)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^[一二三四五六七八九十]+是")]
    private static partial Regex Enumerated();

    /// <summary>The headline of a line that reprints it under a label (原标题：X, 原題:X), or null.</summary>
    public static string? WithoutOriginalTitleLabel(string text)
    {
        var match = OriginalTitleLabel().Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..].Trim() : null;
    }

    [GeneratedRegex(@"^(?:原标题|原題|原题|原標題)\s*[:：]\s*")]
    private static partial Regex OriginalTitleLabel();

    /// <summary>
    /// The title a page states under its label (<c>标题：X</c>, printed with <c>地址：</c> by a page's share or print block),
    /// or null: a headline, not a sentence.
    /// </summary>
    public static string? StatedTitle(string text)
    {
        var match = StatedTitleLabel().Match(text);
        if (!match.Success) return null;
        var title = text[match.Length..].Trim();
        return title.Length >= 4 && title.Length <= 2 * MaxHeadingLength && !EndsSentence(title) && !title.Contains('。') ? title : null;
    }

    [GeneratedRegex(@"^(?:标题|標題|文章标题|文章標題)\s*[:：]\s*")]
    private static partial Regex StatedTitleLabel();

    /// <summary>
    /// Whether a line is the page's title, the headline with the site's or channel's name (<c>人民网 | X</c>, <c>X_某某新闻网</c>,
    /// <c>X - 某某频道</c>) over the headline itself: one of the next lines is the headline. Such a line heads the article
    /// the headline heads; it is no item of its own.
    /// </summary>
    public static bool IsPageTitle(string text, IEnumerable<string> nextLines)
    {
        if (text.Length > 2 * MaxHeadingLength || EndsSentence(text)) return false;
        var parts = PageTitleSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return false;
        var headline = parts.MaxBy(p => p.Length)!;
        // The other parts name the site or its channel: short, no sentence in them.
        if (headline.Length < 6 || parts.Any(p => p != headline && (p.Length > 12 || p.Contains('，') || p.Contains('。')))) return false;
        var wanted = Squeezed(headline);
        // X某某总工会-某某网页 over X: the site's owner glued to the headline, its separator lost (a copying site's title).
        return nextLines.Take(4).Any(next => Squeezed(next) is var line && (line == wanted
            || line.Count(IsHan) >= 6 && wanted.Length - line.Length is >= 4 and <= 12 && wanted.StartsWith(line, StringComparison.Ordinal)
                && OwnerName().IsMatch(wanted[line.Length..])));

        static string Squeezed(string t) => string.Concat(t.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>
    /// The headline of a page's title that no headline line repeats (<c>X-某某网页版</c>, <c>X_某某新闻网</c>, <c>X | 某某频道</c>):
    /// X, when the part after the last separator is a site's or channel's name (at most 12 characters, no sentence,
    /// ending in 网, 网站, 官网, 频道, 移动版, 手机版, 网页版, 客户端) and X reads as a headline (six Chinese characters or more); null otherwise.
    /// </summary>
    public static string? HeadlineOfPageTitle(string text)
    {
        if (text.Length > 2 * MaxHeadingLength || EndsSentence(text) || text.Contains('。')) return null;
        var separators = SiteSeparator().Matches(text);
        if (separators.Count == 0) return null;
        var last = separators[^1];
        var site = text[(last.Index + last.Length)..].Trim();
        var headline = text[..last.Index].Trim();
        return site.Length is > 0 and <= 12 && SiteName().IsMatch(site) && !site.Contains('，') && headline.Count(IsHan) >= 6 ? headline : null;
    }

    // A union's name alone, as a site's owner signs its pages (某市总工会, 某某集团工会): Chinese characters ending in 工会.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,10}(?:工会|工會)$")]
    private static partial Regex OwnerName();

    [GeneratedRegex(@"(?:网|網|网站|網站|官网|官網|频道|頻道|移动版|移動版|手机版|手機版|网页版|網頁版|客户端|客戶端)$")]
    private static partial Regex SiteName();

    // Before a site's name in a page title: a bar, an underscore or a dash, spaced or not (X-某某网页版, X | 某某网).
    [GeneratedRegex(@"\s*[|｜丨_\-－—–]\s*")]
    private static partial Regex SiteSeparator();

    // Between a headline and the site's name in a page title: a bar, an underscore, a spaced dash.
    [GeneratedRegex(@"\s*[|｜丨_]\s*|\s+[-－—–]\s+|(?<=\S)[-－–](?=[^\d\s]{2,12}$)")]
    private static partial Regex PageTitleSeparator();
}
