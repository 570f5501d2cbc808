using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Dates;

/// <summary>A date a document states about itself: ISO 8601 at its precision (<c>2024-01-12</c>, <c>2024-01</c>, <c>2024</c>) and the text it was read from.</summary>
internal sealed partial record StatedDate(string Iso, string Precision, string Text)
{
    /// <summary>
    /// The date a line states about its document, or null. Prose mentions (<c>自2005年以来</c>, <c>今年3月</c>) are not
    /// the document's date, so only two kinds of line count: a labelled one (<c>发布时间：2024-01-12</c>,
    /// <c>日期：2023.06</c>) and one that is little more than a date (<c>2022年02月09日16:59</c>, <c>（2012年8月15日）</c>,
    /// <c>工人日报 2023年06月29日 星期一</c>, <c>二〇二五年一月</c> under a signature). A year alone counts only when labelled.
    /// </summary>
    public static StatedDate? In(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 120) return null;
        // A page's fields run together (来源：某某工会时间：2022-06-15): the 时间 after a credit's value is the page's label,
        // though a character stands before it as before an event's time (活动时间, which stays one, as a span of dates does).
        if (GluedTimeLabel().Match(text) is { Success: true } glued
            && AnyDate().Match(text, glued.Index + glued.Length) is { Success: true } gluedDate && gluedDate.Index == glued.Index + glued.Length
            && !EventTime().IsMatch(text[gluedDate.Index..]) && Parse(gluedDate) is { } stated) return stated;
        if (EventTime().IsMatch(text)) return null;
        var labelled = Label().Match(text);
        var from = labelled.Success ? labelled.Index + labelled.Length : 0;
        foreach (Match match in AnyDate().Matches(text, from))
        {
            if (Parse(match) is not { } parsed) continue;
            if (labelled.Success && match.Index - from <= 4) return parsed;
            if (parsed.Precision == "year") continue;
            if (IsMostlyDate(text, match)) return parsed;
        }
        return null;
    }

    /// <summary>
    /// A line is a dateline when, without the date, a time, a weekday, an edition and brackets, at most a source's name
    /// is left (14 characters) and no sentence ends in it.
    /// </summary>
    private static bool IsMostlyDate(string text, Match date)
    {
        if (text.Contains('。') || text.Contains('，') && text.Length > date.Length + 14) return false;
        var rest = text.Remove(date.Index, date.Length);
        rest = Noise().Replace(rest, "");
        return rest.Length <= 14;
    }

    private static StatedDate? Parse(Match match)
    {
        var year = Number(match.Groups["y"].Value);
        var month = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : 0;
        var day = match.Groups["d"].Success ? Number(match.Groups["d"].Value) : 0;
        if (year is < 1949 or > 2100 || month is < 0 or > 12) return null;
        if (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month))) return null;
        var raw = match.Value.Trim();
        return day > 0 ? new StatedDate($"{year:D4}-{month:D2}-{day:D2}", "day", raw)
            : month > 0 ? new StatedDate($"{year:D4}-{month:D2}", "month", raw)
            : new StatedDate($"{year:D4}", "year", raw);
    }

    /// <summary>Arabic digits, or Chinese numerals written digit by digit (二〇二五) or with 十 (十二).</summary>
    private static int Number(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        if (value.Contains('十')) return Splitting.LineShapes.ChineseNumber(value);
        const string Digits = "〇一二三四五六七八九";
        var result = 0;
        foreach (var c in value)
        {
            var digit = c == '零' || c == 'Ｏ' || c == 'O' || c == '0' ? 0 : Digits.IndexOf(c);
            if (digit < 0) return 0;
            result = result * 10 + digit;
        }
        return result;
    }

    // 发布时间 anywhere; a bare 时间/日期 only as a label of its own (not 活动时间, the time of an event).
    [GeneratedRegex(@"(?:(?:发布|发表|更新|印发|成文|出版|刊发|录入)(?:时间|日期)|(?<![\u4E00-\u9FFF])(?:时间|日期))\s*[:：/]?\s*")]
    private static partial Regex Label();

    // 2024-01-12, 2024/1/12, 2024.01.12, 2024年1月12日, 2024年1月, 2023.06, 2024年, 二〇二五年一月(十二日)
    [GeneratedRegex(@"(?<![\d〇零一二三四五六七八九])(?:(?<y>(?:19|20)\d\d)\s*(?:[-/.]\s*(?<m>\d{1,2})(?:\s*[-/.]\s*(?<d>\d{1,2}))?(?![\d.])|年\s*(?:(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*[日号])?)?)|(?<y>[〇零一二][〇零一二三四五六七八九]{3})年(?:(?<m>十[一二]?|[一二三四五六七八九])月(?:(?<d>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日)?)?)")]
    private static partial Regex AnyDate();

    // A credit's label and value, then 时间/日期 and its colon: 来源：某某工会时间：, 作者:王明日期:.
    [GeneratedRegex(@"^(?:来源|來源|信息来源|文章来源|稿源|作者|编辑|責任編輯|责任编辑|责编|供稿)\s*[:：][^:：]{1,30}?(?<!活动|報名|报名|比赛|开放|截止|会议|举办|培训|开始|结束)(?:时间|時間|日期)\s*[:：]\s*")]
    private static partial Regex GluedTimeLabel();

    // The time of an event (活动时间, 报名日期) or a span of dates (…至5月3日) is not the document's date.
    [GeneratedRegex(@"(?:^|[^发更印成出刊录])[\u4E00-\u9FFF](?:时间|日期)|(?:\d|[日月号])\s*(?:至|到|~|－|—)\s*(?:\d|[一二三四五六七八九十〇])")]
    private static partial Regex EventTime();

    // What may stand beside a date on a dateline: time, weekday, edition, brackets, separators, a few labels.
    [GeneratedRegex(@"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|星期[一二三四五六日天]|周[一二三四五六日]|第?\d+版|[\s()（）\[\]【】《》<>|/,，、:：·\-—]|来源|作者|点击|阅读|浏览|次数|量")]
    private static partial Regex Noise();
}
