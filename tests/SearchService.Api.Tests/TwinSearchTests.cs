using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>
/// A paragraph that stands in several reports (a compilation reprinting a member's report, two unions filing the same
/// notice) is one search hit, counted once, saying in how many other reports it also stands.
/// </summary>
public class TwinSearchTests(KeyedApiFactory factory) : IClassFixture<KeyedApiFactory>
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Cross_report_twins_count_once_and_say_also_in_n_reports()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        const string shared = "各级工会推行青鸟驿站夜校，每周两晚为一线职工开设技能课堂，三年累计培训四千余人次。";
        var organisations = new[] { "青鸟区总工会", "白鹭市总工会", "翠湖县总工会" };
        foreach (var (organisation, i) in organisations.Select((o, i) => (o, i)))
        {
            var created = await client.PostAsync("/api/reports", Json(new
            {
                title = $"{organisation}推进职工技能提升的做法",
                organisation,
                text = $"一、基本做法\n{shared}\n二、特色亮点\n{organisation}第{i + 1}项独有的做法是组织技能比武。",
            }));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("青鸟驿站夜校"));
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hits = result.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("match").GetString() == "all").ToList();
        Assert.Single(hits);
        Assert.Equal(2, hits[0].GetProperty("alsoInReports").GetInt32());
        // Each twin is its own report's passage: filtering by one of the other organisations finds it there.
        var filtered = await client.GetFromJsonAsync<JsonElement>(
            "/api/search?q=" + Uri.EscapeDataString("青鸟驿站夜校") + "&organisation=" + Uri.EscapeDataString("翠湖县总工会"));
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());
        Assert.Equal("翠湖县总工会", filtered.GetProperty("hits")[0].GetProperty("organisation").GetString());

        var grouped = await client.GetFromJsonAsync<JsonElement>("/api/search?groupBy=report&q=" + Uri.EscapeDataString("青鸟驿站夜校"));
        Assert.Equal(1, grouped.GetProperty("total").GetInt32());
        Assert.Equal(1, grouped.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("match").GetString() == "all")
            .Sum(h => h.GetProperty("matchingPassages").GetInt32()));

        // A paragraph of one report only says nothing of twins.
        var own = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("技能比武"));
        Assert.All(own.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("match").GetString() == "all"),
            h => Assert.False(h.TryGetProperty("alsoInReports", out _)));
    }

    [Fact]
    public async Task A_twin_group_counts_once_under_each_facet_value_as_selecting_the_value_would()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        const string shared = "松涛镇工会把调解室设在车间门口，职工反映的加班费争议当天受理、一周内答复，去年调处纠纷六十余件。";
        // Two reports of one union and one of another hold the same paragraph.
        foreach (var (organisation, title) in new[] { ("松涛镇工会", "松涛镇工会调解工作总结"), ("松涛镇工会", "松涛镇工会年度工作回顾"), ("云杉县总工会", "云杉县总工会维权工作汇报") })
        {
            var created = await client.PostAsync("/api/reports", Json(new { title, organisation, text = $"一、主要做法\n{shared}\n二、下一步\n{title}将继续完善制度。" }));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var query = "/api/search?q=" + Uri.EscapeDataString("加班费争议当天受理");
        var result = await client.GetFromJsonAsync<JsonElement>(query);
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        foreach (var dimension in new[] { "organisation", "theme" })
            foreach (var value in result.GetProperty("facets").GetProperty(dimension).EnumerateArray())
            {
                var selected = await client.GetFromJsonAsync<JsonElement>($"{query}&{dimension}={Uri.EscapeDataString(value.GetProperty("value").GetString()!)}");
                Assert.True(value.GetProperty("count").GetInt32() == selected.GetProperty("total").GetInt32(),
                    $"{dimension} {value.GetProperty("value").GetString()}: facet {value.GetProperty("count").GetInt32()}, selected {selected.GetProperty("total").GetInt32()}");
            }
        var organisations = result.GetProperty("facets").GetProperty("organisation").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        // A town's union written 某镇工会 is filed under its general union's name, as ingestion names every town's.
        Assert.Equal(1, organisations["松涛镇总工会"]);
        Assert.Equal(1, organisations["云杉县总工会"]);
    }
}
