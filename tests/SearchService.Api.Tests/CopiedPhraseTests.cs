using System.Net.Http.Json;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>
/// Two news pages of our own: one simplified with its source, reporter and editor on lines of their own (ingestion
/// keeps those as the report's credits, not as passages), one traditional that writes 瞭解 where simplified writes 了解.
/// </summary>
public sealed class CopiedPhraseApiFactory() : OwnSourcesApiFactory("copied-phrase")
{
    protected override void WriteSources(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "credited.txt"),
            "青鸟区总工会举办职工读书节\n来源：青鸟工会网\n记者 柏青川\n"
            + "3月5日，青鸟区总工会在职工书屋举办读书节，两百余名职工参加了阅读分享活动。\n"
            + "活动现场还设置了图书漂流角，职工可以交换自己读过的书籍。\n编辑：白一帆\n");
        File.WriteAllText(Path.Combine(folder, "traditional.txt"),
            "翠湖縣總工會召開職工座談會\n"
            + "座談會上，與會職工表示，通過這次活動更加瞭解工會的職能，願意加入工會。\n"
            + "縣總工會負責人介紹了今年為職工辦實事的安排。\n");
        File.WriteAllText(Path.Combine(folder, "workers.txt"),
            "石榴县总工会关心一线工人\n"
            + "工人们说，工人之家让工人歇脚。\n"
            + "园区工人多，工人夜校办到了工人宿舍旁。\n"
            + "一名机关干部参加“我是工人”体验活动后说，分拣包裹比想象中辛苦得多，今后服务职工要更加用心。\n");
    }
}

/// <summary>
/// A phrase a researcher copies from a page finds that page: a reporter's name or a source from its credit lines (a
/// title match: the passage does not hold the words itself, so <c>total</c> leaves it out), and a word whose simplified
/// form is not the characters' own (瞭解 → 了解) in either script.
/// </summary>
public class CopiedPhraseTests(CopiedPhraseApiFactory factory) : IClassFixture<CopiedPhraseApiFactory>
{
    private async Task<JsonElement> Search(string q) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q));

    private static List<JsonElement> Hits(JsonElement result) => result.GetProperty("hits").EnumerateArray().ToList();

    [Theory]
    [InlineData("柏青川")]
    [InlineData("记者 柏青川")]
    [InlineData("記者 柏青川")]
    [InlineData("编辑 白一帆")]
    public async Task A_name_from_the_credit_lines_finds_the_report_as_a_title_match(string q)
    {
        var result = await Search(q);
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal(2, result.GetProperty("titleMatches").GetInt32());
        var hits = Hits(result);
        Assert.Equal(2, hits.Count);
        Assert.All(hits, hit =>
        {
            Assert.Equal("title", hit.GetProperty("match").GetString());
            Assert.Contains("credits", hit.GetProperty("matchedIn").EnumerateArray().Select(p => p.GetString()));
            Assert.Contains("<mark>", hit.GetProperty("creditsHighlight").GetString());
            Assert.Equal("青鸟区总工会举办职工读书节", hit.GetProperty("reportTitle").GetString());
        });
    }

    [Fact]
    public async Task A_credit_word_with_a_word_of_the_text_is_a_title_match_marked_in_both()
    {
        var result = await Search("柏青川 图书漂流角");
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal(1, result.GetProperty("titleMatches").GetInt32());
        var hit = Assert.Single(Hits(result), h => h.GetProperty("match").GetString() == "title");
        Assert.Equal("title", hit.GetProperty("match").GetString());
        Assert.Equal(["text", "credits"], hit.GetProperty("matchedIn").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Fact]
    public async Task Complete_matches_say_nothing_of_credits()
    {
        var result = await Search("图书漂流角");
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hit = Assert.Single(Hits(result));
        Assert.Equal("all", hit.GetProperty("match").GetString());
        Assert.False(hit.TryGetProperty("creditsHighlight", out _));
        Assert.DoesNotContain("credits", hit.GetProperty("matchedIn").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("我是工人")]          // 我 and 是 are function words: the query means 工人
    [InlineData("我是工人体验")]
    public async Task A_run_copied_as_it_stands_ranks_the_passage_holding_it_first(string q)
    {
        var result = await Search(q);
        var first = Hits(result)[0];
        Assert.Equal("all", first.GetProperty("match").GetString());
        Assert.Contains("“我是工人”体验活动", first.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("我是工人”体验活动")]   // copied without its opening quote
    [InlineData("我是工人”体验活动后说")]
    public async Task A_phrase_copied_with_a_stray_closing_quote_finds_its_passage(string q)
    {
        var result = await Search(q);
        Assert.True(result.GetProperty("total").GetInt32() >= 1);
        Assert.Contains("“我是工人”体验活动", Hits(result)[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("更加了解工会的职能")]
    [InlineData("更加瞭解工會的職能")]
    public async Task A_word_whose_simplified_form_is_not_its_characters_own_is_found_in_either_script(string q)
    {
        var result = await Search(q);
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hit = Assert.Single(Hits(result), h => h.GetProperty("match").GetString() == "all");
        var marked = string.Join("", hit.GetProperty("highlights").EnumerateArray().Select(h => h.GetString()));
        Assert.Contains("<mark>", marked);
        Assert.Contains("更加瞭解工會", marked.Replace("<mark>", "").Replace("</mark>", ""));
    }
}
