using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>
/// The API over a generated corpus of 200 distinct passages that all hold 劳动竞赛, with Limits:MaxPageSize raised to
/// 150: the limit is one setting read by the endpoint, the engine and the page.
/// </summary>
public sealed class LargePageApiFactory() : OwnSourcesApiFactory("large")
{
    public const int Passages = 200;

    private static readonly string[] Phrases =
    [
        "组织青年职工开展技能比武", "围绕节能降耗设立攻关课题", "邀请老师傅现场讲解操作要领", "把安全生产要求写进班组公约", "评选季度技术能手并公开表彰",
        "建立导师带徒的结对档案", "在车间设立合理化建议信箱", "用积分兑换培训课程和书籍", "联合职业院校开设夜校课堂", "为一线岗位更新防护用品",
        "把竞赛成绩纳入岗位晋升依据", "组织跨厂区的工艺交流活动", "设立创新成果转化奖励基金", "开展质量信得过班组评比", "举办职工书画摄影作品展览",
        "为困难职工建立帮扶台账", "推行工时统计的数字化管理", "组织劳模进班组分享经验", "开通线上答疑的技术热线", "定期召开职工恳谈座谈会",
        "把优秀操作法汇编成册推广", "组织新入职员工参观展厅", "开展设备点检的标准化训练", "在园区建设户外劳动者驿站", "为女职工设立关爱休息室",
        "开展应急救援实战化演练", "建立技能等级与薪酬的衔接", "组织外出学习先进企业做法", "开展节约一度电一滴水行动", "评选绿色低碳示范岗位",
        "开展读书分享与演讲比赛", "建立职工创新工作室联盟", "将班前会改为技术微课堂", "开展数控操作的专项培训", "推动焊接工艺的参数优化",
        "组建青年突击队承担急难任务", "举办家庭开放日增进理解", "设立职工心理健康咨询点", "开展师徒同台的技艺展示", "总结推广一线的小改小革",
    ];

    protected override void WriteSources(string folder)
    {
        var random = new Random(7);
        var text = new StringBuilder("示范区总工会开展劳动竞赛的做法\n\n——示范区总工会\n\n");
        for (var i = 0; i < Passages; i++)
        {
            var picked = Enumerable.Range(0, 5).Select(_ => Phrases[random.Next(Phrases.Length)]).Distinct();
            text.Append($"在第{i + 1}轮劳动竞赛中，{string.Join("，", picked)}，参赛人数比上一轮增加{random.Next(10, 99)}人。\n\n");
        }
        File.WriteAllText(Path.Combine(folder, "competition.txt"), text.ToString());
    }

    protected override void Settings(IWebHostBuilder builder) => builder.UseSetting("Limits:MaxPageSize", "150");
}

public class LargePageTests(LargePageApiFactory factory) : IClassFixture<LargePageApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Raising_the_page_size_limit_returns_that_many_hits()
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("劳动竞赛") + "&size=150");
        Assert.True(result.GetProperty("total").GetInt32() >= 150, $"the corpus has only {result.GetProperty("total").GetInt32()} matching passages");
        Assert.Equal(150, result.GetProperty("size").GetInt32());
        Assert.Equal(150, result.GetProperty("hits").GetArrayLength());
        Assert.Equal(150, (await client.GetFromJsonAsync<JsonElement>("/api/limits")).GetProperty("maxPageSize").GetInt32());

        var tooBig = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("劳动竞赛") + "&size=151");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        var problem = JsonDocument.Parse(await tooBig.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("invalid_parameter", problem.GetProperty("code").GetString());
        Assert.Contains("from 1 to 150", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_export_pages_by_the_raised_size_too()
    {
        var rows = await client.GetFromJsonAsync<JsonElement>("/api/search/export?format=json&q=" + Uri.EscapeDataString("劳动竞赛"));
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/search?size=1&q=" + Uri.EscapeDataString("劳动竞赛"))).GetProperty("total").GetInt32();
        Assert.Equal(total, rows.GetArrayLength());
        Assert.Equal(total, rows.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Distinct().Count());
    }
}
