using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--name-forms</c> (tune only): tune's labelled organisation names written in the other forms people write them
/// in — short forms (杭州市总, 杭州总工会), without their city or district, with their province, in traditional script,
/// spaced or broken over a wrapped line, an enterprise's 工会委员会, a federation cut to 工会 in the headline, an
/// autonomous unit's usual name, a bare level (区总工会) beside its place — each in a small news item written here
/// (no text of the documents is used), and how often ingestion gives back the labelled canonical name, per form.
/// A measurement of name recognition and canonical forms, not a test.
/// </summary>
public static class NameForms
{
    /// <summary>One written form of a labelled name, and the item it stands in.</summary>
    private sealed record Variant(string Form, string Label, string Written, string Text);

    public static int Run(IReadOnlyList<LabelledDocument> documents, IngestionPipeline pipeline)
    {
        var places = PlaceNames.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "gazetteer.tsv"));
        var toTraditional = TraditionalOf(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "traditional-to-simplified.tsv"));
        var labels = documents.SelectMany(d => d.Reports).Where(r => r.Organisation.Length > 0)
            .GroupBy(r => r.Organisation, StringComparer.Ordinal).Select(g => g.First()).OrderBy(r => r.Organisation, StringComparer.Ordinal).ToList();
        var variants = labels.SelectMany(label => Variants(label, places, toTraditional)).ToList();
        Console.WriteLine($"{labels.Count} distinct labelled organisation names of tune, {variants.Count} written forms");
        Console.WriteLine();
        Console.WriteLine($"{"form",-22} {"forms",6} {"right",6} {"wrong",6}");
        var wrong = new List<string>();
        foreach (var group in variants.GroupBy(v => v.Form))
        {
            var right = 0;
            foreach (var variant in group)
            {
                var reports = pipeline.IngestText($"name-forms-{variant.Form}.txt", variant.Text).Reports;
                var produced = reports.Count > 0 ? reports[0].Organisation ?? "" : "";
                if (reports.Count == 1 && produced == variant.Label) right++;
                else wrong.Add($"{variant.Form,-14} {variant.Written} → '{produced}'{(reports.Count == 1 ? "" : $" ({reports.Count} reports)")}, label '{variant.Label}'");
            }
            Console.WriteLine($"{group.Key,-22} {group.Count(),6} {right,6} {group.Count() - right,6}");
        }
        Console.WriteLine($"{"all",-22} {variants.Count,6} {variants.Count - wrong.Count,6} {wrong.Count,6}");
        Console.WriteLine();
        Console.WriteLine("Wrong:");
        foreach (var line in wrong) Console.WriteLine("  " + line);
        return 0;
    }

    private static IEnumerable<Variant> Variants(LabelledReport label, PlaceNames places, Func<string, string> toTraditional)
    {
        var name = label.Organisation;
        var municipality = label.Province.Length > 0 && label.Province == label.City;
        // Where the label's place is written out in full, for the item's closing sentence (a news item names its place).
        var where = municipality ? label.Province + label.County : label.City.Length > 0 ? label.City + label.County : label.Province + label.County;
        Variant Item(string form, string written, string? inHeadline = null, string? inBody = null, bool traditional = false, int wrapAt = 0,
            string? headline = null, string? opening = null, string? credit = null)
        {
            var text = Compose(headline ?? $"{inHeadline ?? written}举办职工技能竞赛", opening ?? DefaultOpening, written, inBody ?? written, where, wrapAt, credit);
            return new Variant(form, name, written, traditional ? toTraditional(text) : text);
        }

        yield return Item("as labelled", name);
        yield return Item("traditional", name, traditional: true);
        var suffix = new[] { "工会联合会", "工会委员会", "总工会", "工会" }.First(name.EndsWith);
        var stem = name[..^suffix.Length];

        // Where the label's places stand at the front of the name: province, city, county as labelled.
        var chain = new List<string>();
        var rest = name;
        foreach (var place in new[] { municipality ? "" : label.Province, label.City, label.County })
            if (place.Length > 0 && rest.StartsWith(place, StringComparison.Ordinal) && !chain.Contains(place))
            {
                chain.Add(place);
                rest = rest[place.Length..];
            }
        var prefix = string.Concat(chain);

        // Spaced: between its places and the rest (a PDF's or a careless editor's space), else before the suffix.
        yield return Item("spaced", prefix.Length > 0 && rest.Length > 0 ? prefix + " " + rest : stem + " " + suffix);
        yield return Item("full-width space", prefix.Length > 0 && rest.Length > 0 ? prefix + "\u3000" + rest : stem + "\u3000" + suffix);
        // Broken over a hard-wrapped line: the lead's first line ends inside the name.
        yield return Item("wrapped", name, wrapAt: Math.Max(2, name.Length / 2));

        // A district's union without its city (下城区总工会), a town's without its city and district (拱辰街道总工会).
        if (chain.Count >= 2 && rest.Length > 0)
            yield return Item("without city", name[chain[0].Length..]);
        if (chain.Count >= 2 && rest.Length > 0 && !rest.StartsWith("总工会", StringComparison.Ordinal) && !rest.StartsWith("工会", StringComparison.Ordinal))
            yield return Item("without county", rest);
        // With the province written before it (浙江省杭州市下城区总工会, 浙江杭州下城区总工会).
        if (!municipality && label.Province.Length > 0 && !name.StartsWith(label.Province, StringComparison.Ordinal) && !name.StartsWith("中华", StringComparison.Ordinal)
            && places.ShortForm(label.Province) is { } province && !name.StartsWith(province, StringComparison.Ordinal) && chain.Count > 0)
        {
            yield return Item("with province", label.Province + name);
            if (chain.Count > 0 && places.ShortForm(chain[0]) is { } shortFirst)
                yield return Item("with province, short", province + shortFirst + name[chain[0].Length..]);
        }
        // A city or province written by its short form (杭州下城区总工会, 杭州总工会, 浙江总工会).
        if (chain.Count > 0 && places.ShortForm(chain[0]) is { } shortForm && (chain.Count > 1 || rest.Length > 0))
            yield return Item("place short form", shortForm + name[chain[0].Length..]);
        // An autonomous unit's or a zone's usual names (黔南州总工会, 峨边县总工会).
        foreach (var place in chain)
            foreach (var usual in places.UsualNames(place).Take(2))
                yield return Item("usual name", name.Replace(place, usual, StringComparison.Ordinal));

        // The abbreviations 市总/县总/区总 (杭州市总, 仙居县总) written for a place's general union.
        if (suffix == "总工会" && rest == "总工会" && stem.Length > 0 && stem[^1] is '市' or '县' or '区' or '省' or '州')
        {
            yield return Item("abbreviated 总", stem + "总");
            // The bare level in the headline and lead (区总工会), the place written out once in the text.
            var level = stem[^1] + "总工会";
            yield return Item("bare level", level, inBody: name);
            yield return Item("bare abbreviation", stem[^1] + "总", inBody: name);
        }
        // An enterprise's or an institution's union committee (某某公司工会委员会) and a federation cut short in the
        // headline (保洁行业工会 over 保洁行业工会联合会 in the text).
        if (suffix == "工会" && chain.Count == 0)
            yield return Item("committee", stem + "工会委员会");
        if (suffix == "工会联合会")
            yield return Item("federation cut", stem + "工会", inBody: name);
        // The shapes news items write a name in: a headline naming it before a colon (某某县总工会：…), a paper's
        // dateline before the lead, a time glued to it (12月5日上午某某…), its chair's titles after it, a year before it
        // in the headline, with or without 年 (2024年某某工会…, 2024某某工会…).
        yield return Item("headline colon", name, headline: $"{name}：多措并举提升职工技能");
        yield return Item("dateline lead", name, opening: "本报讯（记者 王明 通讯员 李华）近日，");
        yield return Item("time glued", name, opening: "12月5日上午");
        yield return Item("chair after", name, inBody: name + "党组书记、主席王明");
        yield return Item("year before", name, headline: $"2024年{name}职工技能竞赛开幕");
        yield return Item("year glued", name, headline: $"2024{name}职工技能竞赛开幕");
        if (suffix == "总工会" && rest == "总工会" && stem.Length > 1)
        {
            // A place's general union written with a plain 工会 (仙居县工会), or by its place's short form (杭州工会).
            yield return Item("plain 工会", stem + "工会");
            if (chain.Count == 1 && places.ShortForm(chain[0]) is { } own)
            {
                yield return Item("short form 工会", own + "工会");
                yield return Item("year glued short", own + "工会", headline: $"2024{own}工会职工技能竞赛开幕", inBody: name);
            }
            // The page's source credit names it; the text writes only the bare level (区总工会).
            yield return Item("bare, credit", stem[^1] + "总工会", credit: $"来源：{name}");
        }
        // A city written under its province's short form (浙江杭州市总工会).
        if (!municipality && chain.Count > 0 && chain[0] != label.Province && places.ShortForm(label.Province) is { } provinceShort && !name.StartsWith(provinceShort, StringComparison.Ordinal))
            yield return Item("province short, full", provinceShort + name);

        // The national federation's other names.
        if (name == "中华全国总工会")
        {
            yield return Item("national short", "全国总工会");
            yield return Item("national 全总", "全总", inBody: "全国总工会");
        }
    }

    private const string DefaultOpening = "为进一步提升职工技能水平，近日，";

    // A small news item: headline, a lead with the union acting, a second paragraph, a closing sentence naming the place,
    // and a credit line when given.
    private static string Compose(string headline, string opening, string leadName, string bodyName, string where, int wrapAt, string? credit)
    {
        var lead = $"{opening}{leadName}组织开展职工技能竞赛活动，来自辖区各单位的120余名职工参加比赛。";
        var second = $"竞赛设置了理论考试和实操比武两个环节，{bodyName}相关负责人表示，将以此次竞赛为契机，持续推动职工技能提升，为高质量发展贡献力量。";
        var closing = where.Length > 0 ? $"据悉，今年以来{where}已累计举办各类职工培训30余场，参训职工2000余人次。" : "据悉，今年以来已累计举办各类职工培训30余场，参训职工2000余人次。";
        var tail = credit is null ? "" : credit + "\n";
        if (wrapAt == 0) return string.Join("\n", headline, lead, second, closing) + "\n" + tail;
        // Hard-wrapped at the width that ends the lead's first line inside the name.
        var width = opening.Length + wrapAt;
        var lines = new List<string> { headline };
        foreach (var paragraph in new[] { lead, second, closing })
            for (var at = 0; at < paragraph.Length; at += width)
                lines.Add(paragraph.Substring(at, Math.Min(width, paragraph.Length - at)));
        return string.Join("\n", lines) + "\n" + tail;
    }

    // Simplified → traditional, one character for one, from the fold table read the other way (the first traditional
    // character of each simplified one); ingestion folds it back, so any of them tests the same thing.
    internal static Func<string, string> TraditionalOf(string foldTable)
    {
        var map = new Dictionary<char, char>();
        foreach (var line in File.ReadLines(foldTable))
        {
            if (line.StartsWith('#') || line.Split('\t') is not [{ Length: 1 } traditional, { Length: 1 } simplified]) continue;
            map.TryAdd(simplified[0], traditional[0]);
        }
        return text => string.Concat(text.Select(c => map.GetValueOrDefault(c, c)));
    }

    /// <summary>The short forms and usual names of the gazetteer's places, by full name (the first place of each name).</summary>
    private sealed class PlaceNames
    {
        private readonly Dictionary<string, string> shortForms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> usualNames = new(StringComparer.Ordinal);

        public static PlaceNames Load(string path)
        {
            var names = new PlaceNames();
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith('#')) continue;
                var cells = line.Split('\t');
                if (cells.Length < 4) continue;
                var name = cells[1][(cells[1].LastIndexOf('/') + 1)..];
                if (cells[3].Length > 0) names.shortForms.TryAdd(name, cells[3]);
                if (cells.Length > 4 && cells[4].Length > 0) names.usualNames.TryAdd(name, cells[4].Split(','));
            }
            return names;
        }

        public string? ShortForm(string name) => shortForms.GetValueOrDefault(name);

        public IReadOnlyList<string> UsualNames(string name) => usualNames.GetValueOrDefault(name) ?? [];
    }
}
