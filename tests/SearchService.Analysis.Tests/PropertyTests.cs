using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

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

    private static Arbitrary<string> Texts() =>
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)), n))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Fact]
    public void Offsets_are_inside_and_ordered_and_terms_come_from_their_slice()
    {
        Prop.ForAll(Texts(), text =>
        {
            var tokens = Shared.Tokens(Shared.NoStop, text);
            var last = 0;
            foreach (var t in tokens)
            {
                if (t.Start < last || t.End <= t.Start || t.End > text.Length) return false;
                last = t.Start;
                if (!DerivesFrom(t.Term, text[t.Start..t.End])) return false;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    /// <summary>
    /// The slice with spaces removed (words may span spaces), full-width folded, lower-cased — or a prefix of that
    /// (Porter stemming shortens Latin words), or "," for a delimiter. Never a placeholder such as 未##串.
    /// </summary>
    private static bool DerivesFrom(string term, string slice)
    {
        if (term.Contains("##")) return false;
        if (term == ",") return slice.Length == 1;
        var folded = new string(slice.Where(c => c is not (' ' or '\t' or '\r' or '\n' or '\u3000'))
            .Select(c => c >= '\uFF10' && c <= '\uFF5A' ? (char)(c - 0xFEE0) : c)
            .Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToArray());
        return folded == term || (term.Length >= 1 && folded.StartsWith(term, StringComparison.Ordinal)) || StemmedFrom(term, folded);
    }

    private static bool StemmedFrom(string term, string word) =>
        word.All(char.IsAsciiLetterLower) && term.All(char.IsAsciiLetterLower) && term.Length >= 1 && word.Length >= term.Length - 1;

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
