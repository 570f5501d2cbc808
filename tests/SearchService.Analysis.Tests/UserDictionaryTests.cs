namespace SearchService.Analysis.Tests;

public class UserDictionaryTests
{
    private static readonly SmartChineseAnalyzer WithDomainWords =
        new(Shared.Dictionaries, userDictionary: UserDictionary.FromWords(["产改", "职工书屋", "劳模工匠"]));

    private static string Terms(SmartChineseAnalyzer analyzer, string text) => string.Join(" ", Shared.Tokens(analyzer, text).Select(t => t.Term));

    [Theory]
    [InlineData("2020年推进产改工作", "2020 年 推进 产 改 工作", "2020 年 推进 产改 工作")]
    [InlineData("建设职工书屋", "建设 职工 书屋", "建设 职工书屋")]
    [InlineData("弘扬劳模工匠精神", "弘扬 劳模 工匠 精神", "弘扬 劳模工匠 精神")]
    public void Domain_words_stay_whole(string text, string without, string with)
    {
        Assert.Equal(without, Terms(Shared.Analyzer, text));
        Assert.Equal(with, Terms(WithDomainWords, text));
    }

    [Fact]
    public void Parses_words_frequencies_and_comments()
    {
        var dictionary = UserDictionary.Parse(["# comment", "", "产改\t5000", "职工书屋", "产改 10"]);
        Assert.Equal(2, dictionary.Count);
        Assert.Equal(5000, dictionary.Words["产改"]);
        Assert.Equal(UserDictionary.DefaultFrequency, dictionary.Words["职工书屋"]);
        Assert.Throws<FormatException>(() => UserDictionary.Parse(["产改 many"]));
    }

    [Fact]
    public void Loads_a_utf8_file_with_a_byte_order_mark()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# domain words\n产改 5000\n\n职工书屋\n", new System.Text.UTF8Encoding(true));
            var dictionary = UserDictionary.Load(path);
            Assert.Equal(2, dictionary.Count);
            Assert.Equal(5000, dictionary.Words["产改"]);
            Assert.Equal("建设 职工书屋", Terms(new SmartChineseAnalyzer(Shared.Dictionaries, userDictionary: dictionary), "建设职工书屋"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Empty_user_dictionary_changes_nothing()
    {
        Assert.Equal(0, UserDictionary.Empty.Count);
        var plain = new SmartChineseAnalyzer(Shared.Dictionaries, userDictionary: UserDictionary.Empty);
        foreach (var line in File.ReadLines(Shared.Fixture("seed.txt")).Where(l => l.Length > 0).Take(20))
            Assert.Equal(Terms(Shared.Analyzer, line), Terms(plain, line));
    }
}
