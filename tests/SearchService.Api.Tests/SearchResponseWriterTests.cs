using System.Buffers;
using System.Text;
using System.Text.Json;
using SearchService.Api.Contracts;
using SearchService.Api.Infrastructure;
using SearchService.Core.Search.Matching;

namespace SearchService.Api.Tests;

/// <summary>
/// The search response's own writer (facet values from fragments encoded once per label) against the generated
/// writer it stands in for: the same bytes for every shape — nulls, selected values, escapes, labels met again with
/// other strings — on first use and when the fragments are reused.
/// </summary>
public class SearchResponseWriterTests
{
    private static string Generated(SearchResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ApiJsonContext.Encoder }))
            ApiJsonContext.Default.SearchResponse.SerializeHandler!(writer, response);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Written(SearchResponseWriter responses, SearchResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ApiJsonContext.Encoder }))
            responses.Write(writer, response);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static SearchHitResponse Hit(string id) => new(id, "r-1", "弘扬劳模工匠精神 \"助推\"", "上海市青浦区总工会", "上海市/青浦区", ["上海市", "青浦区"], ["劳模工匠"],
        "三、劳模", "依托劳模<工匠>创新工作室\u0001", ["依托<mark>劳模</mark>"], 11.08f, MatchKind.Title, ["text", "title"], null, "三、<mark>劳模</mark>", "2024-05",
        null, 3, null)
    {
        Citation = "上海市青浦区总工会. 弘扬劳模工匠精神[G]. http://localhost/passages/" + id,
    };

    private static SearchResponse Response(IReadOnlyList<FacetValueResponse> organisations, IReadOnlyList<FacetValueResponse> regions,
        int? related = null, int? groups = null, string? didYouMean = null, IReadOnlyList<SuggestedFilterResponse>? suggested = null) =>
        new("劳模 \"工匠\" \\ <b>", 12, 3, related, 4, 1, 20, [Hit("p-1"), Hit("p-2")],
            new SearchFacetsResponse(organisations, regions, [new("劳模工匠与创新工作室", 5, false, null, null)], [new("未注明", 12, true, null, null)]),
            groups, didYouMean, suggested ?? [], false);

    [Fact]
    public void Writes_the_generated_writers_bytes_for_every_shape()
    {
        var shanghai = "上海市";
        var qingpu = "上海市/青浦区";
        var quoted = "浙江省/\"嘉兴\"\\市\u0007";
        var organisations = new List<FacetValueResponse> { new("上海市青浦区总工会", 2, false, null, null), new("浙能集团工会", 1, true, null, null) };
        var regions = new List<FacetValueResponse>
        {
            new(shanghai, 2, false, shanghai, 1), new("青浦区", 2, true, qingpu, 2), new("\"嘉兴\"\\市\u0007", 0, false, quoted, 2),
            new("𠀀区", int.MaxValue, false, "𠀀/𠀀区", 2), new("无级", 1, false, "无级", null), new("只有级", 1, false, null, 3),
        };
        var responses = new SearchResponseWriter(new FacetValueFragments());
        SearchResponse[] shapes =
        [
            Response(organisations, regions),
            Response(organisations, regions, related: 7, groups: 2, didYouMean: "劳模工匠", suggested: [new("region", "嘉兴市", "浙江省/嘉兴市"), new("organisation", "中铁四局工会", null)]),
            Response([], []),
            // the same label strings with other counts, another selection, another name, another level
            Response([new("上海市青浦区总工会", 9, true, null, null)],
                [new(shanghai, 5, true, shanghai, 1), new("青浦", 1, false, qingpu, 2), new("\"嘉兴\"\\市\u0007", 3, false, quoted, 3)]),
        ];
        foreach (var round in new[] { 1, 2 })
            foreach (var shape in shapes)
                Assert.Equal(Generated(shape), Written(responses, shape));
    }

    [Fact]
    public async Task Search_answers_as_the_generated_writer_would()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();
        foreach (var url in new[] { "/api/search?q=%E5%8A%B3%E6%A8%A1", "/api/search?q=%E5%98%89%E5%85%B4&region=%E6%B5%99%E6%B1%9F%E7%9C%81&facetSize=1000",
                     "/api/search?q=%E5%8A%B3%E6%A8%A1%E5%85%AC%E5%8C%A0&groupBy=report" })
        {
            var body = await client.GetStringAsync(url);
            var response = JsonSerializer.Deserialize(body, ApiJsonContext.Default.SearchResponse)!;
            Assert.Equal(Generated(response), body);
        }
    }
}
