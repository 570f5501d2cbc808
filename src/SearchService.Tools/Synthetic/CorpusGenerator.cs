using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Json;

namespace SearchService.Tools.Synthetic;

/// <summary>
/// A deterministic synthetic corpus in the seed's shape, for measuring at scale: reports with a title, a <c>——</c>
/// byline naming a union of a 长三角 place, numbered sections and paragraphs recombined from the seed's sentences
/// (some repeated with another ordinal, as in the seed). By default the reports are bound into compilations of 20 per
/// file; with <c>perFile</c> each report is a file of its own with a <c>.meta.json</c> sidecar declaring its title,
/// organisation, region and themes (the shape of a union's own document store). Files are .txt (UTF-8, every tenth
/// GB18030) and .md; <c>passages.jsonl</c> holds the same paragraphs for the Java peer's bench.
/// <para>
/// The seed's sentences and headings are used without their section numbers (<c>三、</c>, <c>（一）</c>): a report's
/// outline is numbered by the generator, and a sentence numbered <c>三、</c> opening a paragraph under <c>一、</c> is no
/// shape a real report has (a splitter rightly reads it as a section of its own).
/// </para>
/// </summary>
public sealed partial class CorpusGenerator(string seedText, IReadOnlyList<string> places, IReadOnlyList<string> themes, int seed = 42)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly string[] Kinds = ["总工会", "总工会", "总工会", "工会"];
    private static readonly string[] Enterprises = ["能源集团", "建设集团", "交通集团", "电力公司", "钢铁集团", "港务集团", "化工集团", "纺织集团"];
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Summary(int Files, int Reports, int Paragraphs, long Bytes);

    /// <summary>A generator drawing on the seed compilation's .txt files and the places and themes of ingestion's data files.</summary>
    public static CorpusGenerator FromSources(string seedFolder, string dataFolder, int seed = 42)
    {
        var seedText = string.Concat(Directory.EnumerateFiles(seedFolder, "*.txt").Order().Select(File.ReadAllText));
        var places = File.ReadLines(Path.Combine(dataFolder, "gazetteer.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[1])
            .Where(p => p.Count(c => c == '/') >= 1).ToList();
        var themes = File.ReadLines(Path.Combine(dataFolder, "themes.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Distinct().ToList();
        return new CorpusGenerator(seedText, places, themes, seed);
    }

    private sealed record GeneratedReport(string Text, string Title, string Organisation, string Region, IReadOnlyList<string> Themes);

    public Summary Write(string folder, int reports, int reportsPerFile = 20, bool perFile = false)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var sentences = seedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 40)
            .SelectMany(l => l.Split(['。', '！', '？'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(WithoutSectionNumber).Where(s => s.Length >= 8).Distinct().ToArray();
        var headings = seedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length is > 4 and < 30 && !l.StartsWith('—'))
            .Select(WithoutSectionNumber).Where(h => h.Length > 4).Distinct().ToArray();
        using var jsonl = new StreamWriter(Path.Combine(folder, "passages.jsonl"), false, new UTF8Encoding(false));
        int files = 0, written = 0, paragraphs = 0;
        long bytes = 0;
        while (written < reports)
        {
            var text = new StringBuilder();
            if (!perFile) text.Append("长三角产业工人队伍建设改革经验交流（第").Append(files + 1).Append("辑）\n\n——经验交流材料集萃\n\n");
            GeneratedReport? single = null;
            for (var r = 0; r < (perFile ? 1 : reportsPerFile) && written < reports; r++, written++)
            {
                single = NextReport(random, sentences, headings, $"g{files}-{r}", jsonl, ref paragraphs);
                text.Append(single.Text);
            }
            var name = perFile ? $"report-{files:D5}" : $"compilation-{files:D5}";
            var markdown = files % 7 == 3;
            var gb = files % 10 == 5;
            var path = Path.Combine(folder, name + (markdown ? ".md" : ".txt"));
            var encoded = (gb ? Encoding.GetEncoding("GB18030") : new UTF8Encoding(false)).GetBytes(text.ToString());
            File.WriteAllBytes(path, encoded);
            bytes += encoded.Length;
            if (perFile && single is not null)
            {
                var sidecar = JsonSerializer.SerializeToUtf8Bytes(new { title = single.Title, organisation = single.Organisation, region = single.Region, themes = single.Themes }, Json);
                File.WriteAllBytes(Path.Combine(folder, name + ".meta.json"), sidecar);
                bytes += sidecar.Length;
            }
            files++;
        }
        return new Summary(files, written, paragraphs, bytes);
    }

    private GeneratedReport NextReport(Random random, string[] sentences, string[] headings, string idPrefix, StreamWriter jsonl, ref int paragraphs)
    {
        var text = new StringBuilder();
        var place = places[random.Next(places.Count)];
        var name = place[(place.LastIndexOf('/') + 1)..];
        var organisation = random.Next(5) == 0 ? name.TrimEnd('市', '区', '县') + Enterprises[random.Next(Enterprises.Length)] : name + Kinds[random.Next(Kinds.Length)];
        var title = $"{Pick(random, headings)} {Pick(random, headings)}";
        text.Append(title).Append("\n\n——").Append(organisation).Append("推进产业工人队伍建设改革纪实\n\n");
        var earlier = new List<string>();
        var reportThemes = new List<string>();
        var sectionCount = random.Next(3, 6);
        for (var s = 0; s < sectionCount; s++)
        {
            var heading = $"{Ordinals[s]}、{Pick(random, headings)}";
            text.Append(heading).Append("\n\n");
            var count = random.Next(2, 5);
            for (var p = 0; p < count; p++)
            {
                string paragraph;
                if (earlier.Count > 2 && random.Next(20) == 0)
                {
                    paragraph = $"{Ordinals[random.Next(Ordinals.Length)]}是{earlier[random.Next(earlier.Count)]}";
                }
                else
                {
                    var body = string.Join("。", Enumerable.Range(0, random.Next(3, 8)).Select(_ => Pick(random, sentences))) + "。";
                    paragraph = random.Next(3) == 0 ? $"{organisation}{body}" : body;
                    earlier.Add(paragraph);
                    var passageThemes = Enumerable.Range(0, random.Next(1, 3)).Select(_ => themes[random.Next(themes.Count)]).Distinct().ToArray();
                    reportThemes.AddRange(passageThemes);
                    jsonl.WriteLine(JsonSerializer.Serialize(new { id = $"{idPrefix}-{s}-{p}", title, organisation, region = place, themes = passageThemes, text = paragraph }));
                    paragraphs++;
                }
                text.Append(paragraph).Append("\n\n");
            }
        }
        // A sidecar names a report's main themes, not every theme of every paragraph (and metadata allows 20 at most).
        var mainThemes = reportThemes.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => g.Key).ToList();
        return new GeneratedReport(text.ToString(), title, organisation, place, mainThemes);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string WithoutSectionNumber(string text) => SectionNumber().Replace(text, "");

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))\s*")]
    private static partial Regex SectionNumber();
}
