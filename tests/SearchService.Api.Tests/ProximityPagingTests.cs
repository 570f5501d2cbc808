using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SearchService.Api.Tests;

/// <summary>
/// The API over 240 generated passages that all hold 安全 and 演练: next to each other in about a third of them, which
/// are longer (so the first pass ranks them lower), far apart in the rest. The proximity of the two words lifts the
/// passages that hold them next to each other from all through the first-pass order.
/// </summary>
public sealed class ProximityPagingApiFactory() : OwnSourcesApiFactory("proximity")
{
    public const int Passages = 240;

    private static readonly string[] Fillers =
    [
        "各车间负责人带队到场", "新入职员工全部参加", "工会干部现场记录问题", "邀请消防站教官讲解要领", "结束后召开讲评会",
        "设置了三处模拟险情", "职工家属也来观摩", "用时比上次缩短两分钟", "配发了新的防护用品", "班组长逐一签字确认",
    ];

    protected override void WriteSources(string folder)
    {
        var random = new Random(11);
        var text = new StringBuilder("示范区总工会组织应急演练的做法\n\n——示范区总工会\n\n");
        for (var i = 0; i < Passages; i++)
        {
            var filler = string.Join("，", Enumerable.Range(0, 3).Select(_ => Fillers[random.Next(Fillers.Length)]));
            text.Append(random.Next(3) == 0
                ? $"第{i + 1}次安全演练在三号厂区举行，{filler}，各项记录都已归档备查，现场照片一并存档。\n\n"
                : $"第{i + 1}次安全检查在三号厂区举行，{filler}，随后组织了演练。\n\n");
        }
        File.WriteAllText(Path.Combine(folder, "drills.txt"), text.ToString());
    }
}

public class ProximityPagingTests(ProximityPagingApiFactory factory) : IClassFixture<ProximityPagingApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData(50)]
    [InlineData(30)]
    public async Task Paging_through_a_search_lists_every_complete_match_once_in_one_order(int size)
    {
        var query = "/api/search?q=" + Uri.EscapeDataString("安全演练") + $"&size={size}";
        var first = await client.GetFromJsonAsync<JsonElement>(query);
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 150, $"only {total} complete matches: the pages do not reach past the proximity window");

        var listed = new List<string>();
        for (var page = 1; (page - 1) * size < total; page++)
        {
            var result = page == 1 ? first : await client.GetFromJsonAsync<JsonElement>(query + $"&page={page}");
            listed.AddRange(result.GetProperty("hits").EnumerateArray()
                .Where(h => h.GetProperty("match").GetString() == "all").Select(h => h.GetProperty("id").GetString()!));
        }
        Assert.Equal(total, listed.Distinct().Count());
        Assert.Equal(total, listed.Count);

        // The export pages through the same search in its own page size: the same passages in the same order.
        var export = await client.GetFromJsonAsync<JsonElement>("/api/search/export?format=json&q=" + Uri.EscapeDataString("安全演练"));
        Assert.Equal(listed, export.EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
    }
}
