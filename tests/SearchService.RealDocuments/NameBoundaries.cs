using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--name-boundaries</c> (tune only): where a union's name is cut out of the text. Each distinct labelled
/// organisation name of tune (read from labels.tsv at run time) is put, exactly as labelled, into news items of our own
/// whose only union it is, with varied words on its left (a day number glued on, <c>我们</c>/<c>他们</c>/<c>该</c>,
/// <c>近日，</c>, <c>据悉，</c>, a colon, a bracket, a quotation mark, a headline line with no punctuation) and on its
/// right (<c>召开</c>, <c>联合</c>, <c>开展</c>, <c>一行</c>), also in traditional script through the project's fold and
/// with the pinyin glosses some pages write after traditional characters (<c>工會(huì)</c>). Counts per context how
/// often the report's organisation is exactly the name. The templates are ours; no text of the documents is used.
/// A measurement of name boundaries, not a test: the item's only union acts in its lead, so a miss is a name cut or
/// glued wrong (or written in another form), not a choice between unions.
/// </summary>
public static class NameBoundaries
{
    private sealed record Context(string Name, Func<string, (string Headline, string Lead)> Item, bool Traditional = false, bool Glossed = false);

    private const string Headline = "职工技能竞赛活动举行";
    private const string Rest = "来自辖区各单位的120余名职工参加比赛。";

    private static readonly Context[] Contexts =
    [
        new("近日，", n => (Headline, $"近日，{n}组织开展职工技能竞赛活动，{Rest}")),
        new("day glued", n => (Headline, $"12月21日{n}召开职工代表大会，{Rest}")),
        new("day, comma", n => (Headline, $"12月21日，{n}召开职工代表大会，{Rest}")),
        new("day alone glued", n => (Headline, $"21日{n}召开职工代表大会，{Rest}")),
        new("year glued", n => (Headline, $"2024年{n}将继续组织开展职工技能竞赛活动，{Rest}")),
        new("日前", n => (Headline, $"日前{n}组织开展职工技能竞赛活动，{Rest}")),
        new("dateline", n => (Headline, $"本报讯（通讯员 王明）{n}近日组织开展职工技能竞赛活动，{Rest}")),
        new("headline space", n => ($"{n} 开展职工技能竞赛", $"近日，一场职工技能竞赛在此举行，{Rest}")),
        new("在", n => (Headline, $"近日，{n}在职工文化中心举办职工技能竞赛，{Rest}")),
        new("和", n => (Headline, $"近日，{n}和区妇联共同举办职工技能竞赛，{Rest}")),
        new("day and time", n => (Headline, $"12月21日上午{n}组织开展职工技能竞赛活动，{Rest}")),
        new("我们", n => (Headline, $"负责人表示，我们{n}将继续开展职工技能竞赛活动，{Rest}")),
        new("他们", n => (Headline, $"记者了解到，他们{n}今年组织开展职工技能竞赛活动，{Rest}")),
        new("该", n => (Headline, $"为提升职工技能，该{n}组织开展职工技能竞赛活动，{Rest}")),
        new("据悉，", n => (Headline, $"据悉，{n}近日组织开展职工技能竞赛活动，{Rest}")),
        new("colon", n => (Headline, $"本报讯：{n}近日组织开展职工技能竞赛活动，{Rest}")),
        new("bracket", n => (Headline, $"近日，【{n}】组织开展职工技能竞赛活动，{Rest}")),
        new("bracket after", n => (Headline, $"近日，{n}（以下简称工会）组织开展职工技能竞赛活动，{Rest}")),
        new("quoted", n => (Headline, $"近日，“{n}”组织开展职工技能竞赛活动，{Rest}")),
        new("headline only", n => ($"{n}开展职工技能竞赛", $"近日，一场职工技能竞赛在此举行，{Rest}")),
        new("headline colon", n => ($"{n}：职工技能竞赛火热开赛", $"近日，一场职工技能竞赛在此举行，{Rest}")),
        new("召开", n => (Headline, $"近日，{n}召开职工技能竞赛动员会，{Rest}")),
        new("联合", n => (Headline, $"近日，{n}联合区妇联开展职工技能竞赛活动，{Rest}")),
        new("开展", n => (Headline, $"近日，{n}开展职工技能竞赛活动，{Rest}")),
        new("一行", n => (Headline, $"近日，{n}一行5人走访慰问一线职工，{Rest}")),
        new("traditional", n => (Headline, $"近日，{n}组织开展职工技能竞赛活动，{Rest}"), Traditional: true),
        new("traditional glossed", n => (Headline, $"近日，{n}组织开展职工技能竞赛活动，{Rest}"), Traditional: true, Glossed: true),
    ];

    // Sector unions' stems and suffixes (工会联合会, 联合工会, 工会委员会, 工会) that cities' unions set up.
    private static readonly string[] ShapeStems =
    [
        "网约配送行业联合工会", "快递行业工会联合会", "货车司机工会联合会", "教育工会", "直属机关工会工作委员会", "总工会机关工会",
    ];

    // Pinyin glosses some pages write after traditional characters (業(yè), 會(huì)), the commonest ones: readings, a public fact.
    private static readonly Dictionary<char, string> Glosses = new()
    {
        ['業'] = "yè", ['會'] = "huì", ['區'] = "qū", ['發'] = "fā", ['動'] = "dòng", ['務'] = "wù", ['關'] = "guān",
        ['產'] = "chǎn", ['設'] = "shè", ['農'] = "nóng", ['現'] = "xiàn", ['開'] = "kāi", ['團'] = "tuán", ['聯'] = "lián",
        ['經'] = "jīng", ['網'] = "wǎng", ['縣'] = "xiàn", ['鐵'] = "tiě",
    };

    public static int Run(IReadOnlyList<LabelledDocument> documents, IngestionPipeline pipeline, bool verbose)
    {
        var toTraditional = NameForms.TraditionalOf(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "traditional-to-simplified.tsv"));
        var labelled = documents.SelectMany(d => d.Reports).Select(r => r.Organisation).Where(o => o.Length > 0)
            .Distinct(StringComparer.Ordinal).OrderBy(o => o, StringComparer.Ordinal).ToList();
        // The suffix lexicon's shapes on the labelled cities: a city's sector unions of the kinds union news names
        // (the new forms of employment's federations, an industry's, a system's), written with the city in full.
        var shapes = labelled.Where(o => o.EndsWith("市总工会", StringComparison.Ordinal) && o.Length <= 8 && !o.Contains('区'))
            .Take(40).SelectMany(o => ShapeStems.Select(stem => o[..^3] + stem)).ToList();
        var names = labelled.Concat(shapes).Distinct(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{labelled.Count} distinct labelled names, {names.Count - labelled.Count} names of the suffix lexicon's shapes on labelled cities");
        Console.WriteLine($"{names.Count} distinct labelled organisation names of tune, {Contexts.Length} contexts");
        Console.WriteLine();
        Console.WriteLine($"{"context",-22} {"items",6} {"exact",6} {"share",7}");
        var wrong = new List<string>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        int all = 0, right = 0;
        foreach (var context in Contexts)
        {
            var exact = 0;
            foreach (var name in names)
            {
                var (headline, lead) = context.Item(name);
                var text = $"{headline}\n{lead}\n竞赛设置了理论考试和实操比武两个环节，进一步激发了职工学技术、练本领的热情。\n";
                if (context.Traditional) text = toTraditional(text);
                if (context.Glossed) text = string.Concat(text.Select(c => Glosses.TryGetValue(c, out var g) ? $"{c}({g})" : c.ToString()));
                var reports = pipeline.IngestText("name-boundaries.txt", text).Reports;
                var produced = reports.Count > 0 ? reports[0].Organisation ?? "" : "";
                if (produced == name) exact++;
                else
                {
                    wrong.Add($"{context.Name,-20} {name} → '{produced}'");
                    byName[name] = byName.GetValueOrDefault(name) + 1;
                }
            }
            all += names.Count;
            right += exact;
            Console.WriteLine($"{context.Name,-22} {names.Count,6} {exact,6} {100.0 * exact / names.Count,6:0.0}%");
        }
        Console.WriteLine($"{"all",-22} {all,6} {right,6} {100.0 * right / all,6:0.0}%");
        Console.WriteLine($"names right in every context: {names.Count - byName.Count} of {names.Count}");
        if (!verbose) return 0;
        Console.WriteLine();
        Console.WriteLine("Wrong:");
        foreach (var line in wrong) Console.WriteLine("  " + line);
        return 0;
    }
}
