using System.Text;

namespace SearchService.Benchmarks;

/// <summary>
/// The texts the analyzer is measured on, written out by <c>write-texts</c> so the Java peer reads exactly the same
/// bytes: the seed as it is, and "mixed" — the seed's characters recombined into lines of 20–3,000 chars with Latin
/// words, digits, full-width forms, emoji and punctuation mixed in (deterministic).
/// </summary>
public static class BenchTexts
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
            return Directory.GetCurrentDirectory();
        }
    }

    public static string Seed => File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "000_84dcf32169c3dcc4.txt"));

    public static string Mixed(int lines = 1500, int seed = 7)
    {
        string[] extras = ["iPhone", "PM2.5", "ＡＢＣ", "１２３", "3.14", "e.g. ", "COVID-19", "😀", "🚀", "Москва", "café", "㐀", "體", "测試", "，", "。", "！", "？",
            "“", "”", "（", "）", "《", "》", "、", "：", "；", "……", "——", " ", "\u3000", "\t", "1. ", "A. ", "http://www.acftu.org", "2020年", "100%", "\u2028", "¥500", "①", "℃", "·"];
        int[] lengths = [20, 60, 200, 800, 1500, 3000];
        var chars = string.Concat(Seed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var target = lengths[random.Next(lengths.Length)];
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

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "seed.txt"), Seed, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "mixed.txt"), Mixed(), new UTF8Encoding(false));
    }
}
