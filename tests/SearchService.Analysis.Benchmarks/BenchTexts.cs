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
/// </list>
/// </summary>
public static class BenchTexts
{
    public const string SeedFile = "000_84dcf32169c3dcc4.txt";

    public static readonly string[] Names = ["seed", "chinese", "mixed"];

    public static string Get(string name) => name switch
    {
        "seed" => Seed(),
        "chinese" => Chinese(),
        "mixed" => Mixed(),
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

    /// <summary>Non-empty lines, split like Java's BufferedReader.readLine (\n, \r, \r\n), as the peer's bench.sh reads them.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) lines.Add(line);
        return lines;
    }

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var name in Names)
            File.WriteAllText(Path.Combine(folder, name + ".txt"), Get(name), new UTF8Encoding(false));
    }
}
