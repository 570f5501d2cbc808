using System.Text;

namespace SearchService.Analysis.Benchmarks;

/// <summary>
/// The texts the analyzer is measured and compared on. <c>write-texts</c> writes them out so the Java peer reads exactly
/// the same bytes. All are deterministic.
/// <list type="bullet">
/// <item><c>seed</c>: the repository's seed document as it is (54 KB).</item>
/// <item><c>chinese</c>: a larger natural Chinese text (~2 MB): the seed's sentences reshuffled into new paragraphs.</item>
/// <item><c>mixed</c>: a stress text: seed fragments mixed with Latin words, digits, full-width forms, emoji, rare CJK,
/// line separators and punctuation, in lines of 20 to 20,000 chars (long lines exercise the 1024-char windows).</item>
/// <item><c>unicode</c>: random code points from many scripts and symbol blocks (for the sentence-break categories and
/// the OTHER char type) between seed words and sentence punctuation.</item>
/// <item><c>long</c>: a few very long lines: the whole seed as one line, joined by spaces and by 。, its Hanzi without
/// any punctuation, and the spec's two long test vectors.</item>
/// </list>
/// </summary>
public static class BenchTexts
{
    public const string SeedFile = "000_84dcf32169c3dcc4.txt";

    public static readonly string[] Names = ["seed", "chinese", "mixed", "unicode", "long"];

    public static string Get(string name) => name switch
    {
        "seed" => Seed(),
        "chinese" => Chinese(),
        "mixed" => Mixed(),
        "unicode" => Unicode(),
        "long" => Long(),
        _ => throw new ArgumentException($"unknown text '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };

    public static string Seed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", SeedFile);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException($"seeds/{SeedFile} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>The seed's sentences (cut after 。！？) shuffled into paragraphs of 2–12 sentences, about 2 MB of UTF-8.</summary>
    public static string Chinese(int targetBytes = 2_000_000, int seed = 11)
    {
        var sentences = new List<string>();
        foreach (var line in Lines(Seed()))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is not ('。' or '！' or '？')) continue;
                sentences.Add(line[start..(i + 1)]);
                start = i + 1;
            }
            if (start < line.Length) sentences.Add(line[start..]);
        }
        var random = new Random(seed);
        var text = new StringBuilder();
        var bytes = 0;
        while (bytes < targetBytes)
        {
            var paragraph = new StringBuilder();
            for (var n = random.Next(2, 13); n > 0; n--) paragraph.Append(sentences[random.Next(sentences.Count)]);
            bytes += Encoding.UTF8.GetByteCount(paragraph.ToString()) + 1;
            text.Append(paragraph).Append('\n');
        }
        return text.ToString();
    }

    public static string Mixed(int lines = 1200, int seed = 7)
    {
        string[] extras =
        [
            "iPhone", "PM2.5", "ＡＢＣ", "１２３", "3.14", "e.g. ", "COVID-19", "😀", "🚀", "👨‍👩‍👧", "Москва", "café", "naïve", "㐀", "𠮷", "體", "测試",
            "，", "。", "！", "？", "“", "”", "（", "）", "《", "》", "、", "：", "；", "……", "——", " ", "  ", "\u3000", "\t", "1. ", "A. ", "Dr. Smith",
            "http://www.acftu.org/a_b?x=1", "2020年", "100%", "\u2028", "\u2029", "\u0085", "¥500", "①", "℃", "·", "\u00A0", "\u200B", "\uFEFF",
            "a\u0301", "\u0007", "\uFFFD", "ｘ光", "Ｈｅｌｌｏ", "ＷＴＯ", "!!", "?!", "。”", "！）", ".\"", "Running Jumps Easily",
        ];
        int[] lengths = [20, 60, 200, 800, 1500, 3000, 20_000];
        var chars = string.Concat(Lines(Seed()).Select(l => l.Trim()));
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var target = lengths[random.Next(lengths.Length)];
            if (target == 20_000 && random.Next(4) != 0) target = 1500; // a few long lines, not a third of the text
            var line = new StringBuilder();
            while (line.Length < target)
            {
                if (random.NextDouble() < 0.7)
                {
                    var start = random.Next(chars.Length);
                    line.Append(chars.AsSpan(start, Math.Min(random.Next(3, 61), chars.Length - start)));
                }
                else line.Append(extras[random.Next(extras.Length)]);
            }
            text.Append(line.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        }
        return text.ToString();
    }

    public static string Unicode(int lines = 3000, int seed = 5)
    {
        (int From, int To)[] blocks =
        [
            (0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF), (0x900, 0x97F),
            (0x3040, 0x30FF), (0xAC00, 0xAC80), (0x2000, 0x206F), (0x2100, 0x27BF), (0x3000, 0x303F), (0xFE30, 0xFF65), (0x4E00, 0x9FFF),
            (0x3400, 0x3500), (0xF900, 0xF9FF), (0x300, 0x36F), (0x1F300, 0x1F6FF), (0x20000, 0x20100), (0x1D400, 0x1D4FF), (0xE000, 0xE010),
            (0x1, 0x1F),
        ];
        string[] punctuation = [".", "。", "!", "?", "！", "？", "\"", "'", "”", "“", "‘", "’", "(", ")", "（", "）", "《", "》", ",", "，", "、", " ",
            "\u3000", "\t", "\u2028", "\u2029", "\u0085", "\uFFFD", "\uFEFF", "\u200D", "\u0964", "\u0965"];
        int[] lengths = [5, 20, 80, 300, 1500, 3000];
        var seedLines = Lines(Seed()).Select(l => l.Trim()).ToList();
        var random = new Random(seed);
        var text = new StringBuilder("x");
        for (var i = 0; i < lines; i++)
        {
            var target = lengths[random.Next(lengths.Length)];
            var line = new StringBuilder();
            while (line.Length < target)
            {
                var r = random.NextDouble();
                if (r < 0.35)
                {
                    var from = seedLines[random.Next(seedLines.Count)];
                    var start = random.Next(from.Length);
                    line.Append(from.AsSpan(start, Math.Min(random.Next(2, 13), from.Length - start)));
                }
                else if (r < 0.6) line.Append(punctuation[random.Next(punctuation.Length)]);
                else
                {
                    var (lo, hi) = blocks[random.Next(blocks.Length)];
                    for (var n = random.Next(1, 7); n > 0; n--)
                    {
                        var cp = random.Next(lo, hi + 1);
                        if (cp is '\n' or '\r' || cp is >= 0xD800 and <= 0xDFFF) cp = ' ';
                        line.Append(char.ConvertFromUtf32(cp));
                    }
                }
            }
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    public static string Long()
    {
        var seedLines = Lines(Seed()).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var hanzi = string.Concat(seedLines).Where(c => c is >= '\u4E00' and <= '\u9FA5').ToArray();
        return string.Join(" ", seedLines) + "\n"
            + string.Join("。", seedLines) + "\n"
            + new string(hanzi) + "\n"
            + string.Concat(Enumerable.Repeat("示范区", 1667)) + "\n"
            + string.Concat(Enumerable.Repeat("工会", 500)) + "\u2028" + string.Concat(Enumerable.Repeat("职工", 100)) + "\n";
    }

    /// <summary>Non-empty lines, split like Java's BufferedReader.readLine (\n, \r, \r\n), as the peer's bench.sh reads them.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>Writes every text; with <paramref name="chineseMegabytes"/> &gt; 0 also <c>chinese-{N}mb.txt</c>, a larger <c>chinese</c>.</summary>
    public static void Write(string folder, int chineseMegabytes = 0)
    {
        Directory.CreateDirectory(folder);
        foreach (var name in Names)
            File.WriteAllText(Path.Combine(folder, name + ".txt"), Get(name), new UTF8Encoding(false));
        if (chineseMegabytes > 0)
            File.WriteAllText(Path.Combine(folder, $"chinese-{chineseMegabytes}mb.txt"), Chinese(chineseMegabytes * 1_000_000), new UTF8Encoding(false));
    }
}
