using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>Every read endpoint over the seed, with assertions a wrong answer would fail.</summary>
public class EndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private Task<JsonElement> Get(string url) => client.GetFromJsonAsync<JsonElement>(url);

    private static Dictionary<string, int> Counts(JsonElement facet) =>
        facet.EnumerateArray().ToDictionary(v => v.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    [Fact]
    public async Task Reports_list_the_seed_compilation_and_each_report_opens()
    {
        var reports = await Get("/api/reports");
        Assert.True(reports.GetArrayLength() >= 5, $"expected the seed's five reports, got {reports.GetArrayLength()}");
        foreach (var summary in reports.EnumerateArray())
        {
            var id = summary.GetProperty("id").GetString();
            var report = await Get($"/api/reports/{id}");
            Assert.Equal(summary.GetProperty("title").GetString(), report.GetProperty("title").GetString());
            var passages = report.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("passages").EnumerateArray()).ToList();
            Assert.Equal(summary.GetProperty("passages").GetInt32(), passages.Count);
            Assert.NotEmpty(passages);
            Assert.All(passages, p => Assert.True(p.GetProperty("occurrences").GetArrayLength() >= 1));
        }
    }

    [Fact]
    public async Task Report_list_pages_and_reports_the_total()
    {
        var response = await client.GetAsync("/api/reports?size=2&page=2");
        Assert.Equal(2, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Count").Single()) >= 5);
        var tooMany = await client.GetAsync("/api/reports?size=5000");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("invalid_parameter", JsonDocument.Parse(await tooMany.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Passage_view_cites_its_source_and_similar_comes_from_other_organisations()
    {
        var hit = (await Get("/api/search?q=劳模工匠创新工作室")).GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString();
        var passage = await Get($"/api/passages/{id}");
        Assert.Equal(hit.GetProperty("text").GetString(), passage.GetProperty("text").GetString());
        var occurrence = passage.GetProperty("occurrences")[0];
        Assert.EndsWith(".txt", occurrence.GetProperty("sourcePath").GetString());
        Assert.True(occurrence.GetProperty("line").GetInt32() > 0);

        var similar = await Get($"/api/passages/{id}/similar?size=5");
        Assert.True(similar.GetArrayLength() > 0);
        Assert.All(similar.EnumerateArray(), s => Assert.NotEqual(hit.GetProperty("organisation").GetString(), s.GetProperty("organisation").GetString()));
    }

    [Fact]
    public async Task Facets_count_every_passage_once_per_organisation_and_region_levels_nest()
    {
        var all = await Get("/api/search?size=1");
        var total = all.GetProperty("total").GetInt32();
        var facets = await Get("/api/facets");
        Assert.Equal(total, Counts(facets.GetProperty("organisation")).Values.Sum());
        var regions = Counts(facets.GetProperty("region"));
        foreach (var (path, count) in regions.Where(r => r.Key.Contains('/')))
        {
            var parent = path[..path.LastIndexOf('/')];
            Assert.True(regions[parent] >= count, $"{parent} ({regions[parent]}) < {path} ({count})");
        }
    }

    [Fact]
    public async Task Facet_counts_equal_brute_force_over_all_matching_passages()
    {
        var result = await Get("/api/search?q=职工&size=100");
        var total = result.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, 100);
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(total, hits.Count);
        var expected = hits.GroupBy(h => h.GetProperty("organisation").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(kv => kv.Key), Counts(result.GetProperty("facets").GetProperty("organisation")).OrderBy(kv => kv.Key));
        var themes = hits.SelectMany(h => h.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!)).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(themes.OrderBy(kv => kv.Key), Counts(result.GetProperty("facets").GetProperty("theme")).OrderBy(kv => kv.Key));
    }

    [Fact]
    public async Task Selecting_an_organisation_filters_hits_but_keeps_the_alternatives_counts()
    {
        var unfiltered = await Get("/api/search?q=职工");
        var organisations = Counts(unfiltered.GetProperty("facets").GetProperty("organisation"));
        Assert.True(organisations.Count >= 2);
        var chosen = organisations.OrderBy(kv => kv.Value).First().Key;
        var filtered = await Get($"/api/search?q=职工&organisation={Uri.EscapeDataString(chosen)}");
        Assert.Equal(organisations[chosen], filtered.GetProperty("total").GetInt32());
        Assert.NotEmpty(filtered.GetProperty("hits").EnumerateArray());
        Assert.All(filtered.GetProperty("hits").EnumerateArray(), h => Assert.Equal(chosen, h.GetProperty("organisation").GetString()));
        var sideways = filtered.GetProperty("facets").GetProperty("organisation");
        Assert.Equal(organisations.OrderBy(kv => kv.Key), Counts(sideways).OrderBy(kv => kv.Key));
        Assert.Contains(sideways.EnumerateArray(), v => v.GetProperty("value").GetString() == chosen && v.GetProperty("selected").GetBoolean());
    }

    [Fact]
    public async Task FacetSize_keeps_the_most_frequent_values_and_every_selected_one()
    {
        var all = Counts((await Get("/api/facets")).GetProperty("organisation"));
        Assert.True(all.Count >= 3);
        var top = (await Get("/api/search?size=1&facetSize=1")).GetProperty("facets").GetProperty("organisation");
        Assert.Equal(1, top.GetArrayLength());
        Assert.Equal(all.Values.Max(), top[0].GetProperty("count").GetInt32());

        var rarest = all.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        var selected = (await Get($"/api/search?size=1&facetSize=1&organisation={Uri.EscapeDataString(rarest.Key)}")).GetProperty("facets").GetProperty("organisation");
        Assert.Equal(2, selected.GetArrayLength());
        Assert.Contains(selected.EnumerateArray(), v => v.GetProperty("value").GetString() == rarest.Key && v.GetProperty("selected").GetBoolean()
            && v.GetProperty("count").GetInt32() == rarest.Value);
    }

    [Fact]
    public async Task Regions_show_two_levels_and_the_children_of_a_selected_region()
    {
        var every = Counts((await Get("/api/facets")).GetProperty("region"));
        var deep = every.Keys.Where(k => k.Count(c => c == '/') == 2).ToList();
        Assert.NotEmpty(deep);
        var unselected = Counts((await Get("/api/search?size=1")).GetProperty("facets").GetProperty("region"));
        Assert.DoesNotContain(unselected.Keys, k => k.Count(c => c == '/') >= 2);
        Assert.Contains(unselected.Keys, k => k.Contains('/'));

        var child = deep[0];
        var parent = child[..child.LastIndexOf('/')];
        var drilled = Counts((await Get($"/api/search?size=1&region={Uri.EscapeDataString(parent)}")).GetProperty("facets").GetProperty("region"));
        Assert.Equal(every[child], drilled[child]);
        Assert.Equal(every[parent], drilled[parent]);
    }

    [Theory]
    [InlineData("/api/search?facetSize=0")]
    [InlineData("/api/search?facetSize=1001")]
    [InlineData("/api/search?facetSize=x")]
    public async Task FacetSize_out_of_range_is_a_400(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid_parameter", problem.GetProperty("code").GetString());
        Assert.Equal("facetSize", problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("产改", new[] { "产改", "产业工人队伍建设改革", "产业工人队伍改革" })]
    [InlineData("光伏", new[] { "光伏" })]
    [InlineData("小周姐", new[] { "小周姐" })]
    public async Task Bigram_net_finds_strings_the_segmenter_splits_differently(string q, string[] forms)
    {
        var result = await Get($"/api/search?q={q}&op=and&size=100");
        Assert.True(result.GetProperty("total").GetInt32() > 0, $"{q} found nothing");
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            var haystack = hit.GetProperty("text").GetString() + hit.GetProperty("reportTitle").GetString() + hit.GetProperty("section").GetString();
            Assert.True(forms.Any(haystack.Contains), $"{q}: hit {hit.GetProperty("id")} contains none of {string.Join("/", forms)}");
        }
    }

    [Fact]
    public async Task Synonyms_widen_an_abbreviation()
    {
        var abbreviation = (await Get("/api/search?q=产改&size=100")).GetProperty("total").GetInt32();
        var literal = (await Get("/api/search?q=%22产改%22&size=100&op=and")).GetProperty("total").GetInt32();
        Assert.True(abbreviation > 0);
        Assert.True(abbreviation >= literal);
        var hits = (await Get("/api/search?q=产改&size=100")).GetProperty("hits").EnumerateArray();
        Assert.Contains(hits, h => h.GetProperty("text").GetString()!.Contains("产业工人队伍建设改革") && !h.GetProperty("text").GetString()!.Contains("产改"));
    }

    [Fact]
    public async Task Questions_count_only_passages_with_every_word_and_list_related_ones_after()
    {
        var result = await Get("/api/search?q=如何提高技能人才待遇");
        var total = result.GetProperty("total").GetInt32();
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.True(total > 0);
        Assert.True(result.GetProperty("related").GetInt32() > 0);
        Assert.All(hits.Take(total), h => Assert.Equal("all", h.GetProperty("match").GetString()));
        Assert.All(hits.Skip(total + result.GetProperty("titleMatches").GetInt32()), h => Assert.Equal("related", h.GetProperty("match").GetString()));
        // 如何 is a question word: it neither has to match nor is marked.
        Assert.DoesNotContain(hits, h => h.GetProperty("highlights").EnumerateArray().Any(f => f.GetString()!.Contains("<mark>如何</mark>")));
        var forcedAnd = await Get("/api/search?q=如何提高技能人才待遇&op=and");
        Assert.False(forcedAnd.TryGetProperty("related", out _));
        Assert.All(forcedAnd.GetProperty("hits").EnumerateArray(), h => Assert.NotEqual("related", h.GetProperty("match").GetString()));
    }

    [Fact]
    public async Task Group_by_report_returns_one_hit_per_report_with_its_match_count()
    {
        var grouped = await Get("/api/search?q=职工&groupBy=report&size=100");
        var hits = grouped.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(hits.Count, hits.Select(h => h.GetProperty("reportId").GetString()).Distinct().Count());
        Assert.Equal(grouped.GetProperty("total").GetInt32(), hits.Where(h => h.GetProperty("match").GetString() == "all").Sum(h => h.GetProperty("matchingPassages").GetInt32()));
    }

    [Fact]
    public async Task Sort_by_report_and_explain()
    {
        var sorted = await Get("/api/search?q=职工&sort=report&size=50");
        var titles = sorted.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("reportTitle").GetString()!).ToList();
        Assert.Equal(titles.OrderBy(t => t, StringComparer.Ordinal), titles);
        var explained = await Get("/api/search?q=劳模&explain=true&size=1");
        Assert.Contains("weight", explained.GetProperty("hits")[0].GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Suggest_and_analyze()
    {
        var suggestions = await Get("/api/suggest?q=劳模");
        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("text").GetString()!.StartsWith("劳模"));
        var analyzed = await Get("/api/analyze?text=劳模工匠创新工作室");
        Assert.Equal("text", analyzed.GetProperty("field").GetString());
        Assert.True(analyzed.GetProperty("tokens").GetArrayLength() >= 2);
        var bigrams = await Get("/api/analyze?text=劳模工匠&field=bigram");
        Assert.Equal(["劳模", "模工", "工匠"], bigrams.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("term").GetString()));
    }

    [Fact]
    public async Task Inline_filters_and_exclusions()
    {
        var organisations = Counts((await Get("/api/facets")).GetProperty("organisation")).Keys.ToList();
        var org = organisations[0];
        var inline = await Get($"/api/search?q={Uri.EscapeDataString($"职工 organisation:{org}")}");
        Assert.NotEmpty(inline.GetProperty("hits").EnumerateArray());
        Assert.All(inline.GetProperty("hits").EnumerateArray(), h => Assert.Equal(org, h.GetProperty("organisation").GetString()));
        var excluded = await Get("/api/search?q=职工 -劳模&size=100");
        Assert.NotEmpty(excluded.GetProperty("hits").EnumerateArray());
        Assert.All(excluded.GetProperty("hits").EnumerateArray(), h => Assert.DoesNotContain("劳模", h.GetProperty("text").GetString()));
    }
}
