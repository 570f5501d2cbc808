using SearchService.Ingestion;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Where sentences and clauses end (<see cref="Sentences"/>): each stop set, the first sentence, the opening sentences,
/// the sentences of a paragraph, and quotes respected where a function says so. Every sentence here is the tests' own.
/// </summary>
public sealed class SentencesTests
{
    [Theory]
    [InlineData("工会开展慰问。", true)]
    [InlineData("职工们干劲十足！", true)]
    [InlineData("谁来关心他们？", true)]
    [InlineData("活动分三个阶段；", true)]
    [InlineData("The union met.", true)]
    [InlineData("Well done!", true)]
    [InlineData("Why?", true)]
    [InlineData("甲;", false)] // an ASCII semicolon ends no line as a sentence
    [InlineData("春节慰问活动", false)]
    [InlineData("工会开展慰问。”", false)] // a closing quote after the stop: the caller trims it when it means to
    [InlineData("", false)]
    public void A_line_ends_as_a_sentence_at_its_last_mark(string text, bool ends) => Assert.Equal(ends, Sentences.Ends(text));

    [Fact]
    public void The_first_end_is_at_a_sentence_stop_and_the_semicolon_only_when_asked()
    {
        const string text = "县总工会开展送清凉；慰问一线职工。";
        Assert.Equal(text.IndexOf('。'), Sentences.FirstEnd(text));
        Assert.Equal(text.IndexOf('；'), Sentences.FirstEnd(text, Sentences.StopsOrSemicolon));
        Assert.Equal(-1, Sentences.FirstEnd("没有句号的标题"));
    }

    [Fact]
    public void The_opening_is_the_first_sentence_without_its_stop()
    {
        Assert.Equal("市总工会举办技能竞赛", Sentences.Opening("市总工会举办技能竞赛。两百名职工参赛！"));
        Assert.Equal("好消息", Sentences.Opening("好消息！市总工会举办技能竞赛。"));
        // No stop, or only one opening the text: the whole text.
        Assert.Equal("市总工会举办技能竞赛", Sentences.Opening("市总工会举办技能竞赛"));
        Assert.Equal("。市总工会举办技能竞赛", Sentences.Opening("。市总工会举办技能竞赛"));
    }

    [Fact]
    public void The_opening_of_two_sentences_stops_before_the_second_stop_or_takes_what_there_is()
    {
        Assert.Equal("一月十日。县总工会走访企业", Sentences.Opening("一月十日。县总工会走访企业。职工很高兴。", count: 2));
        Assert.Equal("县总工会走访企业", Sentences.Opening("县总工会走访企业。", count: 2));
        Assert.Equal("县总工会走访企业", Sentences.Opening("县总工会走访企业", count: 2));
        // A stop opening the text ends no sentence with words: the second one does.
        Assert.Equal("。县总工会走访企业", Sentences.Opening("。县总工会走访企业。职工很高兴。", count: 2));
        Assert.Equal("。县总工会走访企业", Sentences.Opening("。县总工会走访企业", count: 2));
    }

    [Fact]
    public void Split_gives_the_sentences_without_stops_and_no_empty_ones()
    {
        Assert.Equal(["甲工会慰问职工", "乙工会举办讲座", "丙工会开展培训"], Sentences.Split("甲工会慰问职工。乙工会举办讲座！！丙工会开展培训？"));
        // A stop inside quotes ends a sentence here.
        Assert.Equal(["他说“大家辛苦了", "”工会送来清凉"], Sentences.Split("他说“大家辛苦了！”工会送来清凉。"));
    }

    [Fact]
    public void With_stops_keeps_each_stop_and_a_quoted_sentence_inside_its_sentence()
    {
        Assert.Equal(["甲工会慰问职工。", "乙工会举办讲座！", "余下半句"], Sentences.WithStops("甲工会慰问职工。乙工会举办讲座！余下半句"));
        Assert.Equal(["职工说“谢谢工会！”工会很高兴。", "活动结束。"], Sentences.WithStops("职工说“谢谢工会！”工会很高兴。活动结束。"));
        Assert.Equal(["「辛苦了。」大家笑了。"], Sentences.WithStops("「辛苦了。」大家笑了。"));
        // A semicolon ends no sentence here.
        Assert.Single(Sentences.WithStops("甲工会慰问职工；乙工会举办讲座。"));
    }

    [Fact]
    public void The_first_mark_outside_quotes_passes_over_a_slogans_marks()
    {
        const string text = "“留岗过大年，平安享幸福”，县总工会开展慰问。";
        Assert.Equal(text.IndexOf('”') + 1, Sentences.FirstOutsideQuotes(text, ['，', ',']));
        const string quoted = "「好。很好」县总工会开展慰问。";
        Assert.Equal(quoted.LastIndexOf('。'), Sentences.FirstOutsideQuotes(quoted, Sentences.StopsOrSemicolon));
        Assert.Equal(-1, Sentences.FirstOutsideQuotes("『一，二。』", Sentences.ClauseStops));
        // An unbalanced closing quote does not hide what follows.
        Assert.Equal(2, Sentences.FirstOutsideQuotes("”甲，乙", ['，']));
    }

    [Fact]
    public void A_clause_ends_at_a_comma_of_either_width_or_a_stop_but_not_a_colon()
    {
        Assert.Equal(4, Sentences.FirstOutsideQuotes("三月五日,县总工会", Sentences.ClauseStops));
        Assert.Equal(-1, Sentences.FirstOutsideQuotes("通知：县总工会", Sentences.ClauseStops));
    }
}
