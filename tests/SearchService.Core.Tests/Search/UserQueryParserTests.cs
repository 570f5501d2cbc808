using SearchService.Core.Search.Query;

namespace SearchService.Core.Tests.Search;

public class UserQueryParserTests
{
    [Fact]
    public void Words_separated_by_spaces_are_all_required()
    {
        var node = UserQueryParser.Parse("集体协商 工资");
        Assert.Equal(new AndNode([new TermNode("集体协商"), new TermNode("工资")]), node, new NodeComparer());
    }

    [Fact]
    public void Empty_query_browses_everything()
    {
        Assert.IsType<MatchAllNode>(UserQueryParser.Parse("  \u3000 "));
        Assert.IsType<MatchAllNode>(UserQueryParser.Parse(null));
    }

    [Fact]
    public void Or_binds_tighter_than_the_implicit_and()
    {
        var node = Assert.IsType<AndNode>(UserQueryParser.Parse("工资 集体协商 OR 协商"));
        Assert.Equal(2, node.Children.Count);
        var or = Assert.IsType<OrNode>(node.Children[1]);
        Assert.Equal(["集体协商", "协商"], or.Children.Cast<TermNode>().Select(t => t.Text));
    }

    [Theory]
    [InlineData("\"劳模工匠 创新\"", "劳模工匠 创新")]
    [InlineData("“劳模工匠”", "劳模工匠")]
    public void Quotes_make_a_phrase_in_ascii_and_full_width(string query, string phrase) =>
        Assert.Equal(phrase, Assert.IsType<PhraseNode>(UserQueryParser.Parse(query)).Text);

    [Fact]
    public void A_closing_curly_quote_with_nothing_open_parts_two_words()
    {
        var node = UserQueryParser.Parse("夏日送清凉”宣讲车队");
        Assert.Equal(new AndNode([new TermNode("夏日送清凉"), new TermNode("宣讲车队")]), node, new NodeComparer());
        Assert.Equal("工匠", Assert.IsType<TermNode>(UserQueryParser.Parse("”工匠”")).Text);
    }

    [Fact]
    public void An_opening_curly_quote_inside_a_phrase_does_not_close_it() =>
        Assert.Equal("劳模“工匠", Assert.IsType<PhraseNode>(UserQueryParser.Parse("\"劳模“工匠\"")).Text);

    [Fact]
    public void Minus_and_not_exclude()
    {
        var node = Assert.IsType<AndNode>(UserQueryParser.Parse("工会 -浙能 NOT 苏州"));
        Assert.Equal("浙能", Assert.IsType<TermNode>(Assert.IsType<NotNode>(node.Children[1]).Inner).Text);
        Assert.Equal("苏州", Assert.IsType<TermNode>(Assert.IsType<NotNode>(node.Children[2]).Inner).Text);
    }

    [Fact]
    public void Hyphen_inside_a_word_is_part_of_it() =>
        Assert.Equal("COVID-19", Assert.IsType<TermNode>(UserQueryParser.Parse("COVID-19")).Text);

    [Fact]
    public void Parentheses_group_in_ascii_and_full_width()
    {
        var node = Assert.IsType<AndNode>(UserQueryParser.Parse("（劳模 OR 工匠） 工作室"));
        Assert.IsType<OrNode>(node.Children[0]);
    }

    [Theory]
    [InlineData("organisation:苏州市总工会", "organisation", "苏州市总工会")]
    [InlineData("org:浙能集团", "organisation", "浙能集团")]
    [InlineData("region:浙江省/嘉兴市", "region", "浙江省/嘉兴市")]
    [InlineData("theme:\"技能培训与提升\"", "theme", "技能培训与提升")]
    public void Field_filters(string query, string field, string value)
    {
        var node = Assert.IsType<FieldNode>(UserQueryParser.Parse(query));
        Assert.Equal(field, node.Field);
        Assert.Equal(value, node.Value);
    }

    [Theory]
    [InlineData("\"劳模", 0, "quote")]
    [InlineData("“劳模“工匠", 0, "quote")]
    [InlineData("(劳模 工匠", 0, "'('")]
    [InlineData("劳模 )", 3, "')'")]
    [InlineData("劳模 -", 3, "'-'")]
    [InlineData("劳模 - 工匠", 3, "'-'")]
    [InlineData("AND OR 劳模", 0, "AND")]
    [InlineData("劳模 AND OR 工匠", 3, "AND")]
    [InlineData("劳模 OR", 3, "OR")]
    [InlineData("OR 劳模", 0, "OR")]
    [InlineData("foo:bar", 0, "unknown field 'foo'")]
    [InlineData("劳模*", 2, "wildcard")]
    [InlineData("劳模~2", 2, "fuzzy")]
    [InlineData("()", 1, "empty parentheses")]
    [InlineData("theme:", 0, "needs a value")]
    public void Malformed_queries_say_what_and_where(string query, int position, string reason)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => UserQueryParser.Parse(query));
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Question_marks_are_punctuation_not_wildcards() =>
        Assert.Equal("如何提高技能人才待遇?", Assert.IsType<TermNode>(UserQueryParser.Parse("如何提高技能人才待遇?")).Text);

    private sealed class NodeComparer : IEqualityComparer<QueryNode>
    {
        public bool Equals(QueryNode? x, QueryNode? y) => (x, y) switch
        {
            (AndNode a, AndNode b) => a.Children.SequenceEqual(b.Children, this),
            (OrNode a, OrNode b) => a.Children.SequenceEqual(b.Children, this),
            (NotNode a, NotNode b) => Equals(a.Inner, b.Inner),
            _ => Equals((object?)x, y),
        };

        public int GetHashCode(QueryNode obj) => 0;
    }
}

public class UserQueryParserPropertyTests
{
    private static readonly string[] Fragments =
        ["劳模", "工匠", "\"", "“", "”", "(", ")", "（", "）", "-", "OR", "AND", "NOT", "*", "~", ":", "theme:", "foo:", "\u0000", "\ud800", "😀", " ", "\u3000"];

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Parser_either_parses_or_reports_a_position_inside_the_query(FsCheck.NonNull<string> raw, int[] picks)
    {
        var query = raw.Get + string.Concat((picks ?? []).Select(i => Fragments[Math.Abs(i % Fragments.Length)]));
        try
        {
            UserQueryParser.Parse(query);
            return true;
        }
        catch (QuerySyntaxException ex)
        {
            return ex.Position >= 0 && ex.Position <= query.Length && ex.Reason.Length > 0;
        }
    }

    [Fact]
    public void Deep_nesting_and_too_many_words_are_refused_not_overflowed()
    {
        Assert.Contains("nested", Assert.Throws<QuerySyntaxException>(() => UserQueryParser.Parse(new string('(', 5000) + "劳模" + new string(')', 5000))).Reason);
        Assert.Contains("too many words", Assert.Throws<QuerySyntaxException>(() => UserQueryParser.Parse(string.Join(" OR ", Enumerable.Repeat("劳模", 100)))).Reason);
    }
}
