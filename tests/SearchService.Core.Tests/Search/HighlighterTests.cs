using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using SearchService.Core.Search.Highlighting;

namespace SearchService.Core.Tests.Search;

public class HighlighterTests
{
    private static readonly Highlighter Highlighter = new(new SimpleAnalyzer(LuceneVersion.LUCENE_48), fragmentLength: 40);

    private static IReadOnlySet<string> Set(params string[] values) => new HashSet<string>(values);

    [Fact]
    public void Marks_verbatim_matches_in_chinese_and_escapes_the_rest()
    {
        var fragments = Highlighter.Fragments("建立<劳模>工匠创新工作室&联盟。", Set(), Set("劳模", "工作室"));
        Assert.Equal(["建立&lt;<mark>劳模</mark>&gt;工匠创新<mark>工作室</mark>&amp;联盟。"], fragments);
    }

    [Fact]
    public void Marks_analysed_terms_by_their_offsets_with_latin_and_digits_mixed_in()
    {
        var fragments = Highlighter.Fragments("引进 AI 质检，2023年建成5G车间。", Set("ai"), Set("5G"));
        Assert.Equal(["引进 <mark>AI</mark> 质检，2023年建成<mark>5G</mark>车间。"], fragments);
    }

    [Fact]
    public void Overlapping_matches_merge_into_one_mark()
    {
        var fragments = Highlighter.Fragments("劳模工匠创新工作室", Set(), Set("劳模工匠", "工匠创新"));
        Assert.Equal(["<mark>劳模工匠创新</mark>工作室"], fragments);
    }

    [Fact]
    public void Picks_the_sentences_with_the_most_distinct_matches_in_text_order()
    {
        var text = "第一句没有。第二句有劳模。第三句有劳模和工匠。第四句没有。";
        var fragments = Highlighter.Fragments(text, Set(), Set("劳模", "工匠"));
        Assert.Equal(2, fragments.Count);
        Assert.StartsWith("…第二句", fragments[0]);
        Assert.Contains("<mark>工匠</mark>", fragments[1]);
    }

    [Fact]
    public void Long_sentences_are_cut_around_the_match_with_ellipses()
    {
        var text = new string('甲', 60) + "，" + new string('乙', 30) + "劳模" + new string('丙', 80) + "。";
        var fragment = Assert.Single(Highlighter.Fragments(text, Set(), Set("劳模")));
        Assert.StartsWith("…", fragment);
        Assert.EndsWith("…", fragment);
        Assert.Contains("<mark>劳模</mark>", fragment);
        Assert.True(fragment.Replace("<mark>", "").Replace("</mark>", "").Length <= 40 + 2);
    }

    [Fact]
    public void Without_matches_the_opening_is_shown() =>
        Assert.Equal(["开头一句。"], Highlighter.Fragments("开头一句。", Set(), Set("不存在")).Take(1));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_fragment_never_starts_or_ends_inside_a_surrogate_pair(int shift)
    {
        // Long runs of astral characters (CJK Extension B, emoji) around a match: wherever the window's edges fall,
        // they must not cut a pair in two (a lone surrogate renders as garbage and is invalid UTF-8 in the response).
        var text = new string('字', shift) + string.Concat(Enumerable.Repeat("𠮷😀", 30)) + "的劳模" + string.Concat(Enumerable.Repeat("😀𠮷", 30)) + "。";
        var fragment = Assert.Single(Highlighter.Fragments(text, Set(), Set("劳模")));
        Assert.Contains("<mark>劳模</mark>", fragment);
        // The encoder writes a pair as one numeric entity and a lone surrogate as U+FFFD: decoded, the fragment must be
        // a verbatim slice of the text.
        var plain = System.Net.WebUtility.HtmlDecode(fragment.Replace("<mark>", "").Replace("</mark>", "")).Trim('…');
        Assert.DoesNotContain('\uFFFD', plain);
        Assert.Contains(plain, text);
    }

    [Fact]
    public void A_string_match_never_marks_half_of_a_surrogate_pair()
    {
        var fragments = Highlighter.Fragments("劳模😀工匠", Set(), Set("\uDE00", "劳模"));
        Assert.Equal(["<mark>劳模</mark>&#128512;工匠"], fragments);
    }

    [Fact]
    public void Odd_text_never_throws()
    {
        var text = "😀劳模\u0000\ud800工匠" + new string('字', 200);
        var fragments = Highlighter.Fragments(text, Set("x"), Set("劳模", "工匠"));
        Assert.NotEmpty(fragments);
    }

    [Fact]
    public void A_passage_of_80000_matched_sentences_gets_its_best_fragments_and_checks_the_budget_as_it_goes()
    {
        // The hostile report of issue 17: "劳模。" 80,000 times, every sentence a match.
        var text = string.Concat(Enumerable.Repeat("劳模。", 80_000)) + "劳模和工匠。";
        var checks = 0;
        var fragments = Highlighter.Fragments(text, Set(), Set("劳模", "工匠"), () => checks++);
        // The one sentence with both words first, then the first sentences with one (ties go to the earliest), in text order.
        Assert.Equal(3, fragments.Count);
        Assert.Equal("<mark>劳模</mark>。…", fragments[0]);
        Assert.EndsWith("<mark>劳模</mark>和<mark>工匠</mark>。", fragments[2]);
        Assert.True(checks >= 80_000 / 4096, $"the budget was checked {checks} times");
    }

    [Fact]
    public void A_spent_budget_stops_highlighting_a_long_passage()
    {
        var text = string.Concat(Enumerable.Repeat("劳模。", 20_000));
        Assert.Throws<TimeoutException>(() => Highlighter.Fragments(text, Set(), Set("劳模"), () => throw new TimeoutException()));
        // A short passage is never stopped: its few sentences cost nothing to score.
        Assert.Single(Highlighter.Fragments("劳模。工匠。", Set(), Set("劳模"), () => throw new TimeoutException()));
    }

    /// <summary>
    /// Chinese strings are looked for ordinally: in texts of every kind of character (cased letters, fullwidth forms,
    /// Greek, ligatures, surrogates), the marks are those of a case-insensitive search.
    /// </summary>
    [Property(MaxTest = 300)]
    public void Chinese_strings_are_marked_where_a_case_insensitive_search_finds_them(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        // Whole characters, so every text is valid UTF-16 as decoded documents are (a lone surrogate is no character).
        string[] chinese = ["劳", "模", "工", "匠", "职", "会", "，", "。", "、", "「", "」"];
        string[] other = ["a", "A", "k", "K", "\u212A", "\u017F", "s", "S", "Σ", "σ", "ς", "ǅ", "Ǆ", "Ａ", "ａ", "\U00010400", "\U00010428", " ", "1"];
        string Text(int length, string[] alphabet) => string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));
        var text = Text(random.Next(0, 60), [.. chinese, .. other]);
        var literal = Text(random.Next(1, 4), chinese);
        var expected = new List<(int, int)>();
        var folded = SearchService.Ingestion.Metadata.ScriptFold.Default.Fold(text);
        for (var at = folded.IndexOf(literal, StringComparison.OrdinalIgnoreCase); at >= 0; at = folded.IndexOf(literal, at + 1, StringComparison.OrdinalIgnoreCase))
            if (!char.IsLowSurrogate(text[at]) && (at + literal.Length == text.Length || !char.IsLowSurrogate(text[at + literal.Length]))) expected.Add((at, at + literal.Length));
        var marked = Highlighter.MatchedSpans(text, new HashSet<string>(), Set(literal)).Select(s => (s.Start, s.End)).ToList();
        Assert.Equal(Merged(expected), marked);
    }

    private static List<(int, int)> Merged(List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                if (span.End > merged[^1].End) merged[^1] = (merged[^1].Start, span.End);
                continue;
            }
            merged.Add(span);
        }
        return merged;
    }
}
