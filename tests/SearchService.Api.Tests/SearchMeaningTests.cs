using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>
/// What the numbers of a search mean, through the API on the seed: <c>total</c> counts passages that hold every query
/// word themselves (a synonym, or a named organisation/place through the passage's own metadata), title-only and related
/// passages follow, labelled; question words do not match; typos get a suggestion; long queries go by POST.
/// </summary>
public class SearchMeaningTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> Get(string query, string extra = "", int size = 100)
    {
        var url = $"/api/search?size={size}&q=" + Uri.EscapeDataString(query) + extra;
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static IEnumerable<JsonElement> Hits(JsonElement result, string match) =>
        result.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("match").GetString() == match);

    private static string Text(JsonElement hit, string member) => hit.TryGetProperty(member, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static IReadOnlyList<string> MatchedIn(JsonElement hit) => hit.GetProperty("matchedIn").EnumerateArray().Select(v => v.GetString()!).ToList();

    [Fact]
    public async Task Complete_matches_hold_the_word_and_title_matches_follow_with_the_title_marked()
    {
        var result = await Get("劳模");
        var complete = Hits(result, "all").ToList();
        Assert.Equal(result.GetProperty("total").GetInt32(), complete.Count);
        Assert.NotEmpty(complete);
        Assert.All(complete, h => Assert.True(
            (Text(h, "text") + Text(h, "section")).Contains("劳模") || (Text(h, "text") + Text(h, "section")).Contains("劳动模范"),
            $"{Text(h, "id")} counted for 劳模 without holding it"));
        Assert.All(complete, h => Assert.True(MatchedIn(h).Intersect(["text", "heading"]).Any()));

        var title = Hits(result, "title").ToList();
        Assert.Equal(result.GetProperty("titleMatches").GetInt32(), title.Count);
        Assert.NotEmpty(title);
        Assert.All(title, h =>
        {
            Assert.Equal(["title"], MatchedIn(h));
            Assert.Contains("<mark>", Text(h, "titleHighlight"));
        });
        // Ranked after every complete match.
        var kinds = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("match").GetString()).ToList();
        Assert.True(kinds.LastIndexOf("all") < kinds.IndexOf("title"));
    }

    [Fact]
    public async Task Words_no_passage_holds_give_total_zero_with_related_passages_after()
    {
        var result = await Get("职工书屋");
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.True(result.GetProperty("related").GetInt32() > 0);
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("related", h.GetProperty("match").GetString()));
        // The facets count the complete matches only: none.
        foreach (var facet in new[] { "organisation", "region", "theme" })
            Assert.All(result.GetProperty("facets").GetProperty(facet).EnumerateArray(), v => Assert.Equal(0, v.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task A_place_name_finds_its_passages_and_suggests_the_filter()
    {
        var result = await Get("嘉兴");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        var complete = Hits(result, "all").ToList();
        Assert.Contains(complete, h => Text(h, "organisation") == "平湖市总工会");
        Assert.All(complete, h => Assert.True(
            h.GetProperty("regionPath").EnumerateArray().Any(r => r.GetString() == "嘉兴市") || Text(h, "text").Contains("嘉兴"),
            $"{Text(h, "id")} neither from 嘉兴市 nor about it"));
        Assert.Contains(complete, h => MatchedIn(h).Contains("region"));
        var suggested = result.GetProperty("suggestedFilters")[0];
        Assert.Equal("region", suggested.GetProperty("facet").GetString());
        Assert.Equal("嘉兴市", suggested.GetProperty("value").GetString());
        Assert.Equal("浙江省/嘉兴市", suggested.GetProperty("path").GetString());
    }

    [Fact]
    public async Task An_organisation_the_segmenter_splits_is_never_matched_character_by_character()
    {
        var result = await Get("中铁四局");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.True(
            Text(h, "organisation") == "中铁四局工会" || Text(h, "text").Contains("中铁四局"), $"{Text(h, "id")} matched 中/铁/四/局 alone"));
        Assert.Contains(result.GetProperty("suggestedFilters").EnumerateArray(),
            f => f.GetProperty("facet").GetString() == "organisation" && f.GetProperty("value").GetString() == "中铁四局工会");
    }

    [Fact]
    public async Task A_typo_gets_did_you_mean_only_when_nothing_matches()
    {
        var typo = await Get("劳模公匠");
        Assert.Equal(0, typo.GetProperty("total").GetInt32());
        Assert.Equal("劳模工匠", typo.GetProperty("didYouMean").GetString());
        var right = await Get("劳模工匠");
        Assert.True(right.GetProperty("total").GetInt32() > 0);
        Assert.False(right.TryGetProperty("didYouMean", out var none) && none.ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData("师带徒", "传帮带")]
    [InlineData("导师带徒", "带徒传艺")]
    [InlineData("职工代表大会", "职代会")]
    public async Task Field_synonyms_count_as_the_word(string query, string held)
    {
        var result = await Get(query);
        Assert.True(result.GetProperty("total").GetInt32() > 0, $"{query} found nothing");
        Assert.Contains(Hits(result, "all"), h => Text(h, "text").Contains(held));
    }

    [Fact]
    public async Task Question_and_function_words_neither_match_nor_get_marked()
    {
        var question = await Get("哪些单位开展了师带徒");
        var plain = await Get("师带徒");
        Assert.Equal(plain.GetProperty("total").GetInt32(), question.GetProperty("total").GetInt32());
        Assert.Equal(
            Hits(plain, "all").Select(h => Text(h, "id")),
            Hits(question, "all").Select(h => Text(h, "id")));

        var how = await Get("如何提高产业工人的技能水平");
        var marks = how.GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("highlights").EnumerateArray().Select(f => f.GetString()!))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(marks);
        Assert.DoesNotContain("的", marks);
        Assert.DoesNotContain("如何", marks);
    }

    [Fact]
    public async Task Report_groups_add_up_to_the_total()
    {
        var result = await Get("劳模", "&groupBy=report");
        var total = result.GetProperty("total").GetInt32();
        Assert.Equal(total, Hits(result, "all").Sum(h => h.GetProperty("matchingPassages").GetInt32()));
        Assert.Equal(result.GetProperty("totalGroups").GetInt32(), result.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Explain_explains_each_hit_by_the_kind_of_match_that_found_it()
    {
        var result = await Get("劳模", "&explain=true", size: 30);
        var title = Hits(result, "title").First();
        var all = Hits(result, "all").First();
        foreach (var hit in new[] { title, all })
        {
            var explanation = Text(hit, "explanation");
            Assert.False(explanation.StartsWith("0 = ", StringComparison.Ordinal), explanation);
            Assert.DoesNotContain("no match", explanation, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_negative_inline_filter_excludes_the_organisation()
    {
        var all = await Get("劳模");
        var without = await Get("劳模 -organisation:浙能集团工会");
        Assert.Contains(Hits(all, "all"), h => Text(h, "organisation") == "浙能集团工会");
        Assert.DoesNotContain(without.GetProperty("hits").EnumerateArray(), h => Text(h, "organisation") == "浙能集团工会");
        Assert.True(without.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_organisation_filter_by_another_name_of_it_selects_it_as_saved_filters_did()
    {
        // The seed's 浙能集团 report is filed under its union, 浙能集团工会; 浙能集团 (the enterprise, and the name
        // the report had before) is another name of it in the organisation directory, so a filter saved with it still works.
        var canonical = await Get("劳模", "&organisation=" + Uri.EscapeDataString("浙能集团工会"));
        Assert.NotEqual(0, canonical.GetProperty("total").GetInt32());
        Assert.All(canonical.GetProperty("hits").EnumerateArray(), h => Assert.Equal("浙能集团工会", Text(h, "organisation")));
        foreach (var saved in new[] { await Get("劳模", "&organisation=" + Uri.EscapeDataString("浙能集团")), await Get("劳模 organisation:浙能集团") })
        {
            Assert.Equal(canonical.GetProperty("total").GetInt32(), saved.GetProperty("total").GetInt32());
            Assert.Equal(canonical.GetProperty("hits").EnumerateArray().Select(h => Text(h, "id")), saved.GetProperty("hits").EnumerateArray().Select(h => Text(h, "id")));
        }
        var without = await Get("劳模 -organisation:浙能集团");
        Assert.DoesNotContain(without.GetProperty("hits").EnumerateArray(), h => Text(h, "organisation") == "浙能集团工会");
        // A name no organisation has still selects nothing.
        Assert.Equal(0, (await Get("劳模", "&organisation=" + Uri.EscapeDataString("杭州市总工会"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Post_takes_the_same_request_as_json_and_reaches_the_query_limit()
    {
        var get = await Get("劳模", "&region=" + Uri.EscapeDataString("浙江省"), size: 5);
        var response = await client.PostAsJsonAsync("/api/search", new { q = "劳模", region = new[] { "浙江省" }, size = 5 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(get.GetProperty("total").GetInt32(), post.GetProperty("total").GetInt32());
        Assert.Equal(get.GetProperty("hits").EnumerateArray().Select(h => Text(h, "id")), post.GetProperty("hits").EnumerateArray().Select(h => Text(h, "id")));

        var longest = string.Concat(Enumerable.Repeat("劳模工匠创新工作室", 112)) + "劳模"; // 1,010 characters
        var atLimit = await client.PostAsJsonAsync("/api/search", new { q = longest[..1000] });
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        var over = await client.PostAsJsonAsync("/api/search", new { q = longest });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal("query_too_long", JsonDocument.Parse(await over.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("q=%E5%8A")]          // a UTF-8 sequence cut short
    [InlineData("q=%C0%AF")]          // an overlong encoding
    [InlineData("q=%C0%CD%C4%A3")]    // 劳模 in GBK
    public async Task A_query_string_that_is_not_utf8_is_bad_encoding(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("bad_encoding", problem.GetProperty("code").GetString());
    }
}
