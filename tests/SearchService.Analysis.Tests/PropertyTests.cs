using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis.Tests;

/// <summary>For any text: no exception, offsets inside the input and never decreasing, terms derived from their slice.</summary>
public class PropertyTests
{
    private static readonly string[] Pieces =
    [
        "劳模", "工匠", "创新工作室", "产业工人", "，", "。", "！", "？", "“", "”", "《", "》", " ", "\u3000", "\t", "\n", "\r", "\u2028", "\u2029", "\u0085",
        "ABC", "abc", "ＡＢＣ", "１２３", "123", "3.5", ".", "e.g.", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\uFFFF", "é", "Москва", "體", "㐀", "a\u0301",
        "-", "—", "……", "\"", "'", "(", ")", "ǅ", "\u200D", "\uFEFF",
    ];

    private static Gen<string> Pieced(int maxPieces) =>
        Gen.Choose(0, maxPieces).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)), n))
            .Select(parts => string.Concat(parts));

    /// <summary>Mostly short texts, some long enough (up to ~5,000 chars) to be cut into several 1024-char windows.</summary>
    internal static Arbitrary<string> Texts() => Gen.Frequency((4, Pieced(40)), (1, Pieced(900))).ToArbitrary();

    /// <summary>Any sequence of UTF-16 units: lone surrogates, controls, U+FFFF, unassigned code points.</summary>
    private static Arbitrary<string> RawUnits() =>
        Gen.Choose(0, 3000).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), n)).Select(chars => new string(chars)).ToArbitrary();

    [Fact]
    public void Offsets_are_inside_and_ordered_and_terms_come_from_their_slice()
    {
        Prop.ForAll(Texts(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Any_utf16_input_is_tokenised_without_error()
    {
        Prop.ForAll(RawUnits(), Holds).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>Tokens never overlap, lie inside the text, and each term derives from its slice.</summary>
    private static bool Holds(string text)
    {
        var tokens = Shared.Tokens(Shared.NoStop, text);
        var lastEnd = 0;
        foreach (var t in tokens)
        {
            if (t.Start < lastEnd || t.End <= t.Start || t.End > text.Length) return false;
            lastEnd = t.End;
            if (!DerivesFrom(t.Term, text[t.Start..t.End])) return false;
        }
        return true;
    }

    /// <summary>
    /// The spec's token conversion (§8, §9.1) applied to the token's offset slice: a delimiter becomes ","; otherwise the
    /// spaces a dictionary word may span are dropped, full-width letters and digits folded to ASCII, A–Z lower-cased,
    /// and the result Porter-stemmed.
    /// </summary>
    private static bool DerivesFrom(string term, string slice)
    {
        if (term == ",") return slice.Length == 1 && IsDelimiter(slice[0]);
        var folded = new string(slice.Where(c => c is not (' ' or '\t' or '\r' or '\n' or '\u3000'))
            .Select(c => c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') ? (char)(c - 0xFEE0) : c)
            .Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToArray());
        return term == PorterStem(folded);
    }

    /// <summary>Lucene.Net's Porter stemmer (internal) through its public filter.</summary>
    private static string PorterStem(string word)
    {
        using var stream = new PorterStemFilter(new KeywordTokenizer(new StringReader(word)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : "";
        stream.End();
        return result;
    }

    private static bool IsDelimiter(char c) =>
        c is (>= '\u0021' and <= '\u00BB') or (>= '\u2010' and <= '\u2642') or (>= '\u3001' and <= '\u301E') or (>= '\uFE30' and <= '\uFF63')
        && !char.IsAsciiLetterOrDigit(c) && c is not ((>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A'));

    [Fact]
    public void Hostile_input_never_throws()
    {
        foreach (var text in new[] { "\0\0\0", "\uD800\uD800\uDC00", new string('\uFFFF', 3000), "😀😀😀", "\u202E\u200B中文", new string('劳', 3) + "\uD83D" })
            Shared.Tokens(Shared.Analyzer, text);
    }

    [Fact]
    public void Time_is_linear_in_the_length_of_a_line_without_punctuation()
    {
        var small = string.Concat(Enumerable.Repeat("产业工人队伍建设改革", 50_000));   // 0.5 M chars
        var large = string.Concat(Enumerable.Repeat("产业工人队伍建设改革", 500_000));  // 5 M chars
        Shared.Tokens(Shared.Analyzer, small);
        var clock = Stopwatch.StartNew();
        var smallCount = Shared.Tokens(Shared.Analyzer, small).Count;
        var smallTime = clock.Elapsed;
        clock.Restart();
        var largeCount = Shared.Tokens(Shared.Analyzer, large).Count;
        var largeTime = clock.Elapsed;
        Assert.Equal(smallCount * 10, largeCount, tolerance: 20);
        // A generous bound: quadratic behaviour would be ~100×, linear is ~10×.
        Assert.True(largeTime < smallTime * 40 + TimeSpan.FromSeconds(2), $"0.5M chars {smallTime}, 5M chars {largeTime}");
    }
}
