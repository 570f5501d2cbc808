using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchService.Api.Contracts;

namespace SearchService.Api.Tests;

/// <summary>
/// The JSON the API answers with is a contract with other systems: these tests pin every member name of every
/// response, so a rename in the engine or the domain model cannot silently change what clients receive.
/// </summary>
public class ContractShapeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private Task<JsonElement> Get(string url) => client.GetFromJsonAsync<JsonElement>(url);

    /// <param name="optional">Members left out when they are null.</param>
    private static void AssertMembers(JsonElement value, string[] always, params string[] optional)
    {
        var names = value.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(always, name => Assert.Contains(name, names));
        Assert.All(names, name => Assert.Contains(name, always.Concat(optional)));
    }

    [Fact]
    public async Task Search_response_hit_and_facets()
    {
        var result = await Get("/api/search?q=%E5%8A%B3%E6%A8%A1&groupBy=report&explain=true&size=1");
        AssertMembers(result, ["query", "total", "titleMatches", "tookMs", "page", "size", "hits", "facets", "suggestedFilters", "cached"],
            "totalGroups", "related", "didYouMean");
        Assert.True(result.TryGetProperty("totalGroups", out _));
        Assert.False(result.TryGetProperty("matchMode", out _));
        Assert.False(result.TryGetProperty("completeMatches", out _));
        var hit = result.GetProperty("hits")[0];
        AssertMembers(hit, ["id", "reportId", "reportTitle", "organisation", "regionPath", "themes", "section", "text", "highlights", "score", "match", "matchedIn",
                "citation", "citationParts"],
            "region", "matchingPassages", "explanation", "titleHighlight", "sectionHighlight", "creditsHighlight", "date", "alsoInReports", "textTruncated");
        Assert.True(hit.TryGetProperty("matchingPassages", out _) && hit.TryGetProperty("explanation", out _));
        Assert.Equal(JsonValueKind.String, hit.GetProperty("match").ValueKind);
        AssertCitationParts(hit.GetProperty("citationParts"));
        AssertMembers(result.GetProperty("facets"), ["organisation", "region", "theme", "year"]);
        AssertMembers(result.GetProperty("facets").GetProperty("year")[0], ["value", "count", "selected"]);
        AssertMembers(result.GetProperty("facets").GetProperty("organisation")[0], ["value", "count", "selected"]);
        AssertMembers(result.GetProperty("facets").GetProperty("region")[0], ["value", "count", "selected", "path", "level"]);
        AssertMembers(result.GetProperty("facets").GetProperty("year")[0], ["value", "count", "selected"]);

        var named = await Get("/api/search?q=%E5%98%89%E5%85%B4&size=1"); // 嘉兴
        AssertMembers(named.GetProperty("suggestedFilters")[0], ["facet", "value"], "path");
        var typo = await Get("/api/search?q=%E5%8A%B3%E6%A8%A1%E5%85%AC%E5%8C%A0&size=1"); // 劳模公匠
        Assert.Equal(JsonValueKind.String, typo.GetProperty("didYouMean").ValueKind);
        Assert.Equal(JsonValueKind.Number, typo.GetProperty("related").ValueKind);
    }

    [Fact]
    public async Task Report_list_report_section_passage_occurrence()
    {
        var summary = (await Get("/api/reports"))[0];
        AssertMembers(summary, ["id", "title", "organisation", "themes", "sourcePath", "passages", "sections"], "subtitle", "region", "date");
        var report = await Get($"/api/reports/{summary.GetProperty("id").GetString()}");
        AssertMembers(report, ["id", "title", "organisation", "themes", "sourcePath", "sections", "passages", "organisationSource", "regionSource", "credits",
            "citation", "citationParts"], "subtitle", "region", "date", "sourceUrl", "datePrecision", "dateText", "collection", "compilation");
        Assert.True(report.TryGetProperty("collection", out _), "the seed's reports are items of a compilation");
        AssertMembers(report.GetProperty("compilation"), ["title"], "subtitle", "publisher", "date");
        AssertCitationParts(report.GetProperty("citationParts"));
        var section = report.GetProperty("sections")[0];
        AssertMembers(section, ["headingPath", "passages", "heading"]);
        var passage = section.GetProperty("passages")[0];
        AssertMembers(passage, ["id", "reportId", "ordinal", "text", "sectionPath", "organisation", "themes", "occurrences", "twinKey", "citation", "citationParts"],
            "region", "themeEvidence", "actorEvidence");
        AssertMembers(passage.GetProperty("occurrences")[0], ["reportId", "sourcePath", "line", "sectionPath", "text", "ranges"], "page");
        AssertMembers(passage.GetProperty("occurrences")[0].GetProperty("ranges")[0], ["first", "last"], "firstPage", "lastPage");
        Assert.Equal(passage.GetProperty("id").GetString(), report.GetProperty("passages")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Passage_and_precedents()
    {
        var id = (await Get("/api/search?q=%E5%8A%B3%E6%A8%A1&size=1")).GetProperty("hits")[0].GetProperty("id").GetString();
        var passage = await Get($"/api/passages/{id}");
        AssertMembers(passage, ["id", "reportId", "reportTitle", "organisation", "themes", "section", "ordinal", "text", "sourcePath", "occurrences", "citation", "citationParts"],
            "region", "themeEvidence");
        var similar = await Get($"/api/passages/{id}/similar?size=1");
        AssertMembers(similar[0], ["id", "reportId", "reportTitle", "organisation", "regionPath", "themes", "section", "text", "highlights", "score", "match", "matchedIn",
            "citation", "citationParts", "sharedTerms"], "region", "titleHighlight", "sectionHighlight", "creditsHighlight", "date", "alsoInReports");
    }

    /// <summary>
    /// A search response is written by the generated code of ApiJsonContext rather than by the configured serializer:
    /// its bytes must be exactly what the configured options write for the same response (names, nulls left out,
    /// enums, numbers, unescaped Chinese and marks), and it goes out whole, with its length.
    /// </summary>
    [Theory]
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&explain=true&size=3")]               // 劳模, explanations, <mark> in highlights
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1&groupBy=report&size=2")]             // totalGroups, matchingPassages
    [InlineData("/api/search?q=%E5%8A%B3%E6%A8%A1%E5%85%AC%E5%8C%A0&size=5")]          // 劳模公匠: didYouMean, related hits
    [InlineData("/api/search?q=%E5%98%89%E5%85%B4&size=50&facetSize=1000")]            // 嘉兴: suggested filters, long page, every facet value
    [InlineData("/api/search?q=zzzzqqq")]                                               // nothing at all
    public async Task Search_response_is_what_the_configured_serializer_writes_sent_in_one_piece(string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);

        var options = factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var parsed = JsonSerializer.Deserialize<SearchResponse>(body, options)!;
        Assert.Equal(System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(parsed, options)), System.Text.Encoding.UTF8.GetString(body));
    }

    private static void AssertCitationParts(JsonElement parts)
    {
        AssertMembers(parts, ["title", "type", "source", "posted", "lines", "permalink"], "author", "compilation", "publisher", "date", "location", "sourceUrl");
        if (parts.GetProperty("lines").GetArrayLength() > 0) AssertMembers(parts.GetProperty("lines")[0], ["first", "last"], "firstPage", "lastPage");
    }

    [Fact]
    public async Task Suggestions_analysis_limits_and_health()
    {
        AssertMembers((await Get("/api/suggest?q=%E5%8A%B3"))[0], ["text", "kind", "count"]);
        var analyzed = await Get("/api/analyze?text=%E5%8A%B3%E6%A8%A1");
        AssertMembers(analyzed, ["text", "field", "tokens"]);
        AssertMembers(analyzed.GetProperty("tokens")[0], ["term", "position", "start", "end"]);
        AssertMembers(await Get("/api/limits"), ["maxQueryLength", "defaultPageSize", "maxPageSize", "maxDepth", "defaultFacetSize", "maxFacetSize",
            "maxExportHits", "maxSuggestions", "maxSimilar", "maxReportPageSize", "maxAnalyzeLength", "maxBodyBytes"]);
        var ready = await Get("/health/ready");
        AssertMembers(ready, ["status", "index"]);
        AssertMembers(ready.GetProperty("index"), ["reports", "passages", "sources"], "lastCommit");
    }
}
