using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>Citations, permalinks and exports over the seed: every hit, passage and report can be cited without a second request.</summary>
public class CitationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<JsonElement> Get(string url) => await factory.CreateClient().GetFromJsonAsync<JsonElement>(url);

    [Fact]
    public async Task Every_passage_of_every_seed_report_is_cited_with_its_reports_organisation_title_file_and_first_line()
    {
        var client = factory.CreateClient();
        var reports = await Get("/api/reports");
        var cited = 0;
        foreach (var summary in reports.EnumerateArray())
        {
            var report = await Get($"/api/reports/{summary.GetProperty("id").GetString()}");
            var organisation = report.GetProperty("organisation").GetString()!;
            var title = report.GetProperty("title").GetString()!;
            Assert.StartsWith($"{organisation}. {title}[G]//长三角地区产业工人队伍建设改革经验交流集萃.", report.GetProperty("citation").GetString());
            Assert.EndsWith($"/reports/{report.GetProperty("id").GetString()}", report.GetProperty("citation").GetString());
            Assert.Equal("长三角地区产业工人队伍建设改革经验交流集萃", report.GetProperty("compilation").GetProperty("title").GetString());
            foreach (var passage in report.GetProperty("passages").EnumerateArray())
            {
                var id = passage.GetProperty("id").GetString()!;
                var first = passage.GetProperty("occurrences")[0];
                var ranges = first.GetProperty("ranges").EnumerateArray().Select(r => r.GetProperty("first").GetInt32() == r.GetProperty("last").GetInt32()
                    ? $"{r.GetProperty("first").GetInt32()}" : $"{r.GetProperty("first").GetInt32()}–{r.GetProperty("last").GetInt32()}");
                var expected = $"{organisation}. {title}[G]//长三角地区产业工人队伍建设改革经验交流集萃. ({first.GetProperty("sourcePath").GetString()}, 第 {string.Join("、", ranges)} 行). http://localhost/passages/{id}";
                Assert.Equal(expected, passage.GetProperty("citation").GetString());
                // The passage view and a search hit cite it the same way.
                Assert.Equal(expected, (await Get($"/api/passages/{id}")).GetProperty("citation").GetString());
                cited++;
            }
        }
        Assert.Equal(26, cited);

        var hits = await Get("/api/search?size=50");
        Assert.All(hits.GetProperty("hits").EnumerateArray(), hit =>
        {
            Assert.EndsWith($"/passages/{hit.GetProperty("id").GetString()}", hit.GetProperty("citation").GetString());
            Assert.Equal("000_84dcf32169c3dcc4.txt", hit.GetProperty("citationParts").GetProperty("source").GetString());
            Assert.Matches(@"^第 \d+", hit.GetProperty("citationParts").GetProperty("location").GetString());
        });
    }

    [Fact]
    public async Task L61_is_cited_as_qingpus_with_qingpus_title()
    {
        var hits = await Get("/api/search?size=50");
        var l61 = hits.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("citationParts").GetProperty("location").GetString() == "第 61 行");
        Assert.StartsWith("上海市青浦区总工会. 弘扬劳模工匠精神 助推示范区绿色发展[G]", l61.GetProperty("citation").GetString());
        var continued = hits.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("citationParts").GetProperty("location").GetString() == "第 21、57 行");
        Assert.StartsWith("上海市青浦区总工会. ", continued.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task The_permalink_is_the_page_and_an_unknown_id_is_the_page_with_404()
    {
        var client = factory.CreateClient();
        var id = (await Get("/api/search?size=1")).GetProperty("hits")[0].GetProperty("id").GetString();
        var page = await client.GetAsync($"/passages/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/app.js\">", await page.Content.ReadAsStringAsync());
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
        var missing = await client.GetAsync("/passages/p-000000000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        var reportId = (await Get("/api/reports"))[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/reports/{reportId}")).StatusCode);
        // Not part of the API's description: they are pages.
        Assert.DoesNotContain("/passages/{id}\"", (await client.GetStringAsync("/openapi/v1.json")).Replace("/api/passages/{id}\"", ""));
    }

    [Fact]
    public async Task Permalinks_and_citations_last_across_a_rebuild_of_the_index()
    {
        // Another index folder, built again from the same sources: every passage keeps its id, so its permalink and citation.
        async Task<IReadOnlyList<string>> Citations(ApiFactoryBase api)
        {
            var client = api.CreateClient();
            var all = new List<string>();
            foreach (var summary in (await client.GetFromJsonAsync<JsonElement>("/api/reports")).EnumerateArray())
            {
                var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{summary.GetProperty("id").GetString()}");
                all.AddRange(report.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("citation").GetString()!));
            }
            return all.Order(StringComparer.Ordinal).ToList();
        }

        using var rebuilt = new ApiFactory();
        Assert.NotEqual(factory.IndexPath, rebuilt.IndexPath);
        var before = await Citations(factory);
        Assert.Equal(26, before.Count);
        Assert.Equal(before, await Citations(rebuilt));
    }

    [Fact]
    public async Task Exports_carry_source_file_lines_and_citation()
    {
        var client = factory.CreateClient();
        var bytes = await client.GetByteArrayAsync("/api/search/export?format=csv&q=" + Uri.EscapeDataString("劳模"));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,organisation,region,reportId,reportTitle,section,themes,date,sourcePath,lines,citation,score,match,text", lines[0]);
        Assert.True(lines.Length > 1, "the export has no rows");
        Assert.All(lines.Skip(1), line =>
        {
            Assert.Contains(",000_84dcf32169c3dcc4.txt,第 ", line);
            Assert.Contains("[G]//长三角地区产业工人队伍建设改革经验交流集萃", line);
            Assert.Contains("http://localhost/passages/p-", line);
        });

        var json = JsonDocument.Parse(await client.GetByteArrayAsync("/api/search/export?format=json&q=" + Uri.EscapeDataString("劳模"))).RootElement;
        Assert.All(json.EnumerateArray(), hit =>
        {
            Assert.StartsWith("第 ", hit.GetProperty("citationParts").GetProperty("location").GetString());
            Assert.Contains(hit.GetProperty("citationParts").GetProperty("source").GetString()!, hit.GetProperty("citation").GetString());
        });
    }

    [Fact]
    public async Task A_precedent_names_the_key_words_it_shares_and_holds_each()
    {
        var id = (await Get("/api/search?q=" + Uri.EscapeDataString("劳模工匠创新工作室"))).GetProperty("hits")[0].GetProperty("id").GetString();
        var similar = await Get($"/api/passages/{id}/similar?size=5");
        Assert.NotEmpty(similar.EnumerateArray());
        foreach (var hit in similar.EnumerateArray())
        {
            var shared = hit.GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.NotEmpty(shared);
            Assert.All(shared, term => Assert.Contains(term, hit.GetProperty("text").GetString()));
        }
    }
}

/// <summary>Report dates from the text, a sidecar and the write request: the year facet, year filters and sort by date.</summary>
public class ReportDateTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private async Task<JsonElement> Get(string url) => await factory.CreateClient().GetFromJsonAsync<JsonElement>(url);

    private static Dictionary<string, int> Years(JsonElement search) =>
        search.GetProperty("facets").GetProperty("year").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    private async Task Post()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DatedApiFactory.Key);
        var body = JsonSerializer.Serialize(new { title = "户外驿站暖心服务", organisation = "示范区总工会", date = "2025-07-01", text = "示范区总工会在园区设立户外驿站十二座，为外卖骑手提供热水和充电。" });
        var response = await client.PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"));
        // The second test of the class posts the same upload again: 200 with the same report.
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK);
    }

    [Fact]
    public async Task Years_count_passages_newest_first_with_the_undated_last()
    {
        await Post();
        var all = await Get("/api/search?size=1");
        var years = Years(all);
        Assert.Equal(26, years["未注明"]);
        Assert.Equal(2, years["2021"]);
        Assert.Equal(2, years["2024"]);
        Assert.Equal(1, years["2025"]);
        Assert.Equal(["2025", "2024", "2021", "未注明"], all.GetProperty("facets").GetProperty("year").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Year_filters_and_sort_by_date_newest_first()
    {
        await Post();
        var since = await Get("/api/search?yearFrom=2022&size=10");
        Assert.Equal(3, since.GetProperty("total").GetInt32());
        // The year facet still shows the other years (drill-sideways), the selected range marked.
        var years = since.GetProperty("facets").GetProperty("year").EnumerateArray().ToList();
        Assert.Contains(years, v => v.GetProperty("value").GetString() == "2021" && !v.GetProperty("selected").GetBoolean());
        Assert.Contains(years, v => v.GetProperty("value").GetString() == "2024" && v.GetProperty("selected").GetBoolean());

        Assert.Equal(2, (await Get("/api/search?yearFrom=2021&yearTo=2021")).GetProperty("total").GetInt32());
        Assert.Equal(26, (await Get("/api/search?year=" + Uri.EscapeDataString("未注明"))).GetProperty("total").GetInt32());
        Assert.Equal(3, (await Get("/api/search?year=2021&year=2025")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Get("/api/search?yearFrom=1990&yearTo=1999")).GetProperty("total").GetInt32());

        var sorted = await Get("/api/search?sort=date&size=6");
        var dates = sorted.GetProperty("hits").EnumerateArray().Select(h => h.TryGetProperty("date", out var d) ? d.GetString() : null).ToList();
        Assert.Equal(["2025-07-01", "2024-03", "2024-03", "2021-05-20", "2021-05-20", null], dates);
    }

    [Theory]
    [InlineData("year=abc", "year")]
    [InlineData("yearFrom=1800", "yearFrom")]
    [InlineData("yearFrom=2024&yearTo=2020", "yearFrom")]
    [InlineData("yearTo=x", "yearTo")]
    public async Task Bad_years_are_refused_with_the_parameter_named(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_parameter", problem.GetProperty("code").GetString());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_posted_report_is_cited_as_an_api_submission_with_its_date_and_dated_reports_carry_their_year()
    {
        await Post();
        var hit = (await Get("/api/search?q=" + Uri.EscapeDataString("户外驿站"))).GetProperty("hits")[0];
        Assert.Matches(@"^示范区总工会\. 户外驿站暖心服务\[R\]\. \(API 提交, 2025-07-01, 第 \d+ 行\)\. http://localhost/passages/p-", hit.GetProperty("citation").GetString());
        Assert.True(hit.GetProperty("citationParts").GetProperty("posted").GetBoolean());

        var sidecar = (await Get("/api/search?q=" + Uri.EscapeDataString("结对带徒"))).GetProperty("hits")[0];
        Assert.StartsWith("样例县总工会. 名师带高徒 技艺代代传[R]. 2024. (mentors-2024.txt, 第 ", sidecar.GetProperty("citation").GetString());
        var stated = (await Get("/api/search?q=" + Uri.EscapeDataString("技能夜校"))).GetProperty("hits")[0];
        Assert.Equal("2021-05-20", stated.GetProperty("date").GetString());
    }
}
