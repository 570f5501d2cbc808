using FsCheck;
using FsCheck.Fluent;
using SearchService.Analysis.Benchmarks;

namespace SearchService.Analysis.Tests;

/// <summary>
/// The analyzer against the Lucene.Net.Analysis.SmartCn package's own analyzer (a line-by-line port of the Java code,
/// slower but independent of this one): the same terms, offsets and position increments, with and without the stop
/// filter, on the seed and on generated stress text.
/// </summary>
public class PackageParityTests
{
    public static TheoryData<string, bool> Texts()
    {
        var data = new TheoryData<string, bool>();
        foreach (var text in new[] { "seed", "chinese", "mixed", "unicode", "long" })
        {
            data.Add(text, true);
            data.Add(text, false);
        }
        return data;
    }

    /// <summary>
    /// The benchmark texts, smaller: mixed scripts, Latin, digits, full-width forms, emoji and other surrogate pairs,
    /// controls, every line separator, punctuation, and lines from a few chars to 20,000 (many 1024-char windows).
    /// </summary>
    private static string Text(string name) => name switch
    {
        "seed" => File.ReadAllText(Shared.Fixture("seed.txt")),
        "chinese" => BenchTexts.Chinese(targetBytes: 150_000),
        "mixed" => BenchTexts.Mixed(lines: 60),
        "unicode" => BenchTexts.Unicode(lines: 150),
        "long" => string.Join('\n', BenchTexts.Lines(BenchTexts.Long()).Select(l => l[..Math.Min(l.Length, 6000)])),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_line_gives_the_packages_tokens(string name, bool stopWords)
    {
        var (ours, oracle) = stopWords ? (Shared.Analyzer, Shared.Oracle) : (Shared.NoStop, Shared.OracleNoStop);
        var lines = BenchTexts.Lines(Text(name));
        var compared = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var expected = Shared.Format(Shared.Tokens(oracle, lines[i]));
            var actual = Shared.Format(Shared.Tokens(ours, lines[i]));
            if (expected != actual) Assert.Fail($"{name}, line {i + 1}:\n{FirstDifference(expected, actual)}");
            compared += expected.Length;
        }
        Assert.True(compared > 10_000, $"only {compared} chars of tokens compared");
    }

    [Fact]
    public void A_whole_text_in_one_stream_gives_the_packages_tokens()
    {
        // Many lines in one stream: windows end after the last line break, offsets run across lines. The lines are
        // joined by U+2029 (a paragraph break for both analyzers; for CR and LF see the next test).
        var text = string.Join('\u2029', BenchTexts.Lines(BenchTexts.Mixed(lines: 40, seed: 3)));
        Assert.Equal(Shared.Format(Shared.Tokens(Shared.Oracle, text)), Shared.Format(Shared.Tokens(Shared.Analyzer, text)));
    }

    /// <summary>
    /// The one known difference: inside one stream, Java's sentence rules treat CR and LF as spaces, so a word can span
    /// a line break; the package splits sentences with ICU's rules, which break there. This analyzer follows Java (the
    /// expected tokens are the Java analyzer's), so the package is the oracle only for text without CR and LF.
    /// </summary>
    [Theory]
    [InlineData("招标开\n标体系", "招标[0,2) 开标[2,5) 体系[5,7)", "招标[0,2) 开[2,3) 标[4,5) 体系[5,7)")]
    [InlineData("招标开\r\n标体系", "招标[0,2) 开标[2,6) 体系[6,8)", "招标[0,2) 开[2,3) 标[5,6) 体系[6,8)")]
    public void Line_breaks_inside_a_stream_follow_java_not_the_package(string text, string java, string package)
    {
        Assert.Equal(java, Shared.Format(Shared.Tokens(Shared.Analyzer, text)));
        Assert.Equal(package, Shared.Format(Shared.Tokens(Shared.Oracle, text)));
    }

    [Fact]
    public void Random_texts_give_the_packages_tokens()
    {
        // CR and LF become paragraph breaks: inside a stream they are the one known difference (the test above).
        Prop.ForAll(PropertyTests.Texts(), raw =>
            {
                var text = raw.Replace('\r', '\u2029').Replace('\n', '\u2029');
                return Shared.Format(Shared.Tokens(Shared.NoStop, text)) == Shared.Format(Shared.Tokens(Shared.OracleNoStop, text));
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        var from = Math.Max(0, at - 80);
        return $"package: …{expected[from..Math.Min(expected.Length, at + 80)]}\nours:    …{actual[from..Math.Min(actual.Length, at + 80)]}";
    }
}
