using System.Text.RegularExpressions;

namespace SearchService.Core.Search.Citations;

/// <summary>
/// The compilation (集萃, 汇编, a news page…) a report is an item of, read from what ingestion recorded: the
/// collection's title line with its byline, and the credits. <see cref="Title"/> is the compilation's own name — in
/// <c>深入学习… 扎实推进产业工人队伍建设改革 ——长三角地区产业工人队伍建设改革经验交流集萃</c> the byline that names a
/// compilation, with the headline as <see cref="Subtitle"/>; <see cref="Publisher"/> the organisation that compiled or
/// issued it (<c>——浙江省总工会 编</c>, <c>编印：…</c>); <see cref="Date"/> the date a publishing credit states
/// (<c>印发时间：2023年6月</c>). Each is null when the text does not say.
/// </summary>
public sealed partial record Compilation(string Title, string? Subtitle, string? Publisher, string? Date)
{
    /// <returns>Null when the report is a document of its own.</returns>
    public static Compilation? Of(string? collection, IReadOnlyList<string> credits)
    {
        if (string.IsNullOrWhiteSpace(collection)) return null;
        var text = collection.Trim();
        string head = text, byline = "";
        var dash = Dashes().Match(text);
        if (dash.Success)
        {
            head = text[..dash.Index].Trim();
            byline = text[(dash.Index + dash.Length)..].Trim();
        }

        string? publisher = null;
        if (Compiled().Match(byline) is { Success: true } compiled)
        {
            publisher = compiled.Groups["org"].Value.Trim();
            byline = byline[..compiled.Index].Trim();
        }
        foreach (var credit in credits)
        {
            if (publisher is null && PublisherCredit().Match(credit) is { Success: true } labelled) publisher = labelled.Groups["org"].Value.Trim();
        }
        var date = credits.Select(c => PublishedCredit().Match(c)).FirstOrDefault(m => m.Success) is { } published
            ? IsoDate(published.Groups["date"].Value) : null;

        var (title, subtitle) = byline.Length == 0 ? (head, (string?)null)
            : head.Length == 0 ? (byline, null)
            : NamesCompilation().IsMatch(byline) && !NamesCompilation().IsMatch(head) ? (byline, head)
            : (head, byline);
        return new Compilation(title, subtitle, Empty(publisher), date);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>2023年6月, 2023-06-01, 2023.6 → ISO at the precision given.</summary>
    private static string? IsoDate(string value)
    {
        var match = DateParts().Match(value);
        if (!match.Success) return null;
        var year = match.Groups["y"].Value;
        if (!match.Groups["m"].Success) return year;
        var month = int.Parse(match.Groups["m"].Value);
        if (month is < 1 or > 12) return year;
        if (!match.Groups["d"].Success) return $"{year}-{month:D2}";
        var day = int.Parse(match.Groups["d"].Value);
        return day is >= 1 and <= 31 ? $"{year}-{month:D2}-{day:D2}" : $"{year}-{month:D2}";
    }

    [GeneratedRegex(@"\s*[—－-]{2,}\s*")]
    private static partial Regex Dashes();

    // The name of a kind of compilation: what titles the collection rather than one report.
    [GeneratedRegex(@"集萃|汇编|选编|文集|专辑|合集|案例集|材料集|经验交流|典型经验|经验选|精选|专刊|特刊|简报|通讯")]
    private static partial Regex NamesCompilation();

    // "浙江省总工会 编", "浙江省总工会编印", "浙江省总工会 主编" at the end of a byline: an organisation, then the act.
    [GeneratedRegex(@"\s*(?<org>[\u4E00-\u9FFF（）()]{2,30}?(?:总工会|工会|委员会|办公室|联合会|协会|学会|研究会|研究院|出版社|报社|杂志社|中心|集团|公司|局|厅|部|委|办|院|社))\s*(?:编印|编辑|主编|编|印发|出版)$")]
    private static partial Regex Compiled();

    // 编印：…, 主办：…, 出版：…, 编者：…, 编印单位：… — a credit naming who compiled or issued the compilation.
    [GeneratedRegex(@"^\s*(?:编印|主办|出版|编者|编辑|编印单位|主办单位|出版单位|出版者)\s*[:：]\s*(?<org>[^\s，,。；;]{2,40})")]
    private static partial Regex PublisherCredit();

    // 印发时间：2023年6月, 出版日期：2023-06, 编印时间 2023.6
    [GeneratedRegex(@"(?:印发|编印|出版|刊印)(?:时间|日期)\s*[:：]?\s*(?<date>(?:19|20)\d\d[^\s]*)")]
    private static partial Regex PublishedCredit();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d\d)(?:\s*[-/.年]\s*(?<m>\d{1,2})(?:\s*[-/.月]\s*(?<d>\d{1,2}))?)?")]
    private static partial Regex DateParts();
}
