using System.Text.RegularExpressions;
using SearchService.Ingestion.Splitting;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// The union of the company a visit goes to, named by the company's brand (莅临恒远集团总部 … 恒远集团工会, 走进恒远 …
/// 恒远工会). The name finder reads no union in a bare brand before 工会 (it could be any word), but when the visit's way
/// opens with that brand and the text writes the brand's union as a word, the company's union is the one visited: it
/// receives the visit, and the labels' convention (conv22 (2)) gives it the report rather than the visitor or the unions
/// escorting it. A brand is a run of the way's own words: not a place (杭州 → 杭州工会 is a place's union, read elsewhere),
/// not a kind or a level (基层, 企业, 行业, 市总), not the writer's or another pointer (我公司, 该企业).
/// </summary>
internal static partial class VisitedBrand
{
    /// <summary>
    /// The brand's union (恒远集团工会, 恒远工会) written in <paramref name="texts"/> for a visit going <paramref name="way"/>
    /// (恒远集团总部, 恒远，全面), the longest brand first; null when the way names no brand or the text no such union.
    /// <paramref name="placeAt"/> gives the length of a place's name opening a word (杭州恒远 → 2), 0 when none does.
    /// </summary>
    public static string? UnionOf(string way, IReadOnlyList<string> texts, Func<string, int> placeAt)
    {
        var run = Words().Match(way).Value;
        run = Premises().Replace(run, "");
        if (run.EndsWith("工会", StringComparison.Ordinal)) run = run[..^2];
        // 杭州恒远集团 may be written 恒远集团工会: the brand also without the place that opens it.
        var place = run.Length > 0 ? placeAt(run) : 0;
        foreach (var from in place > 0 && place < run.Length ? [0, place] : new[] { 0 })
            for (var to = run.Length; to - from >= 2; to--)
            {
                var brand = run[from..to];
                if (NoBrand().IsMatch(brand) || placeAt(brand) == brand.Length) continue;
                var union = brand + "工会";
                if (texts.Any(t => t.Contains(union, StringComparison.Ordinal))) return union;
            }
        return null;
    }

    /// <summary>
    /// The brand's union under the company's legal name the text or its credits write (恒远工会 and 来源：恒远钢铁集团有限公司
    /// → 恒远钢铁集团有限公司工会: the labels name an employer by the fullest name the text gives it): a legal name that
    /// stands on its own (not inside running text), opens with the brand's first character and holds all of the brand's
    /// in order, when the text writes one such name; else the union as written.
    /// </summary>
    public static string WrittenOut(string union, IEnumerable<string> texts)
    {
        var brand = union[..^2];
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (Match legal in LegalEnding().Matches(text))
            {
                // The name standing on its own (a source line's 来源：某某有限公司): its run of characters opens with the
                // brand's first character. Inside running text where the name begins is not known.
                var start = legal.Index;
                while (start > 0 && legal.Index - start < 16 && LineShapes.IsHan(text[start - 1])) start--;
                if (start < legal.Index && (start == 0 || !LineShapes.IsHan(text[start - 1])) && text[start] == brand[0]
                    && InOrder(brand, text.AsSpan(start, legal.Index + legal.Length - start)))
                    found.Add(text[start..(legal.Index + legal.Length)]);
            }
        return found.Count == 1 ? found.First() + "工会" : union;
    }

    private static bool InOrder(string shorter, ReadOnlySpan<char> longer)
    {
        var at = 0;
        foreach (var c in longer)
            if (at < shorter.Length && c == shorter[at]) at++;
        return at == shorter.Length;
    }

    [GeneratedRegex("(?:集团有限公司|股份有限公司|有限责任公司|有限公司)")]
    private static partial Regex LegalEnding();

    // The way's first words, up to a comma or anything not a character of a name, a preposition or particle (来某区对某区
    // 工会进行调研: what follows 对 is what the visit does), the visit's own verb (到某某公司开展基层工会工作调研: the
    // company is 某某公司, not 某某公司开展基层) or a union named in it.
    [GeneratedRegex("^(?:(?!工会|开展|进行|调研|检查|考察|指导|慰问|参观|走访|督导|宣讲|召开|举办|看望|座谈|了解)[\u4e00-\u9fffA-Za-z0-9-[对向就并的在]])+")]
    private static partial Regex Words();

    // Where in the company the visit goes (总部, 本部, 厂区): not part of its brand.
    [GeneratedRegex("(?:总部|本部|厂区|园区|基地|现场|一线)+$")]
    private static partial Regex Premises();

    // A pointer (我, 该, 本, 各, 全 …), a kind of unit or a sector (基层, 企业, 行业, 系统), a general union's short form
    // (市总 → 市总工会), an area's name by its level or kind (某某区, 高新区, 某镇: a place's or a zone's union, read
    // elsewhere; 市 is left to the gazetteer, as 超市 ends with it), or a union's own words: no company's brand.
    [GeneratedRegex("^(?:[我该本各全这此其每诸]|基层|一线|企业|公司|集团|单位|机关|事业|社区|园区|车间|班组|项目|工地|职工|会员|产业|行业|部分|有关|相关|所属|下属|非公)|(?:行业|产业|系统|机关|总|[省区县州旗盟镇乡村]|街道)$|工会")]
    private static partial Regex NoBrand();
}
