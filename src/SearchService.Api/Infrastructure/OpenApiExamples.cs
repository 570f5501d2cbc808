using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using SearchService.Api.Contracts;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Matching;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Examples for the OpenAPI document: one per parameter name and one per response/request type, built from real
/// instances of the records so they cannot drift from the contract.
/// </summary>
public static class OpenApiExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Dictionary<string, JsonNode> Parameters = new(StringComparer.Ordinal)
    {
        ["q"] = "劳模工匠创新工作室",
        ["organisation"] = "苏州市总工会",
        ["region"] = "浙江省/嘉兴市",
        ["theme"] = "技能培训与提升",
        ["page"] = 1,
        ["size"] = 10,
        ["groupBy"] = "report",
        ["sort"] = "relevance",
        ["op"] = "and",
        ["explain"] = false,
        ["facetSize"] = 20,
        ["id"] = "p-3f9c2a1b7d4e",
        ["text"] = "劳模工匠创新工作室",
        ["field"] = "text",
        ["format"] = "csv",
    };

    private static readonly Occurrence SampleOccurrence = new("r-8d1f0c2b3a", "000_84dcf32169c3dcc4.txt", 63, ["三、劳模工匠，企业发展的源泉"], "依托劳模工匠创新工作室联盟建设，强化工作室人才集聚……");
    private static readonly Passage SamplePassage = new("p-3f9c2a1b7d4e", "r-8d1f0c2b3a", 4, "依托劳模工匠创新工作室联盟建设，强化工作室人才集聚……", ["三、劳模工匠，企业发展的源泉"], "平湖市总工会", "浙江省/嘉兴市/平湖市", ["劳模工匠精神", "技术创新"], [SampleOccurrence]);
    private static readonly Report SampleReport = new("r-8d1f0c2b3a", "坚持试点先行 注重系统发力", "平湖市总工会全面推进改革试点工作落地生根", "平湖市总工会", "浙江省/嘉兴市/平湖市", ["劳模工匠精神"], null, null, "000_84dcf32169c3dcc4.txt", [new Section(["三、劳模工匠，企业发展的源泉"], [SamplePassage])]);
    private static readonly SearchHit SampleHit = new("p-3f9c2a1b7d4e", "r-8d1f0c2b3a", "坚持试点先行 注重系统发力", "平湖市总工会", "浙江省/嘉兴市/平湖市", ["浙江省", "嘉兴市", "平湖市"], ["劳模工匠精神", "技术创新"], "三、劳模工匠，企业发展的源泉", SamplePassage.Text, ["依托<mark>劳模工匠创新工作室</mark>联盟建设……"], 7.31f);
    private static readonly SearchFacets SampleFacets = new([new FacetValue("平湖市总工会", 12, false)], [new FacetValue("浙江省", 20, false, "浙江省", 1), new FacetValue("嘉兴市", 12, true, "浙江省/嘉兴市", 2)], [new FacetValue("劳模工匠精神", 9, false)]);
    private static readonly ReportSummaryResponse SampleSummary = ReportSummaryResponse.From(ReportCatalog.Summarise(SampleReport));
    private static readonly IndexStatsResponse SampleStats = new(5, 61, 1, DateTimeOffset.Parse("2026-11-24T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private static readonly ReportResponse SampleReportResponse = ReportResponse.From(SampleReport);
    private static readonly SearchFacetsResponse SampleFacetsResponse = SearchFacetsResponse.From(SampleFacets);

    private static readonly Dictionary<Type, object> Schemas = new()
    {
        [typeof(SearchResponse)] = SearchResponse.From(new SearchService.Core.Search.SearchResult("劳模工匠创新工作室", 3, 4, 1, 10, MatchMode.All, [SampleHit], SampleFacets, CompleteMatches: 3)),
        [typeof(SearchHitResponse)] = SearchHitResponse.From(SampleHit),
        [typeof(SearchFacetsResponse)] = SampleFacetsResponse,
        [typeof(FacetValueResponse)] = SampleFacetsResponse.Region[1],
        [typeof(ReportResponse)] = SampleReportResponse,
        [typeof(SectionResponse)] = SampleReportResponse.Sections[0],
        [typeof(ReportPassageResponse)] = SampleReportResponse.Passages[0],
        [typeof(OccurrenceResponse)] = SampleReportResponse.Passages[0].Occurrences[0],
        [typeof(ReportSummaryResponse)] = SampleSummary,
        [typeof(PassageResponse)] = PassageResponse.From(new PassageView(SamplePassage.Id, SampleReport.Id, SampleReport.Title, SamplePassage.Organisation, SamplePassage.Region, SamplePassage.Themes, SampleHit.Section, 4, SamplePassage.Text, SampleReport.SourcePath, [SampleOccurrence])),
        [typeof(SuggestionResponse)] = new SuggestionResponse("劳模工匠创新工作室", "word", 6),
        [typeof(TokenResponse)] = new TokenResponse("劳模", 0, 0, 2),
        [typeof(AnalyzeResponse)] = new AnalyzeResponse("劳模工匠", "text", [new TokenResponse("劳模", 0, 0, 2), new TokenResponse("工匠", 1, 2, 4)]),
        [typeof(LimitsResponse)] = LimitsResponse.From(new LimitsOptions()),
        [typeof(HealthResponse)] = new HealthResponse("ready", SampleStats),
        [typeof(IndexStatsResponse)] = SampleStats,
        [typeof(ReportUpload)] = new ReportUpload("光明区总工会推进职工书屋建设", "一、建强阵地\n光明区总工会在全区建成职工书屋一百二十家……", "光明区总工会", "浙江省/嘉兴市/平湖市", ["服务职工"]),
        [typeof(ReportCorrection)] = new ReportCorrection("昆山市总工会", "江苏省/苏州市/昆山市", ["技能培训与人才"]),
        [typeof(WriteResponse)] = new WriteResponse(SampleReport.Id, [SampleSummary], []),
        [typeof(SkippedFileResponse)] = new SkippedFileResponse("broken.docx", "not a valid .docx (zip) file"),
        [typeof(ReindexStatusResponse)] = new ReindexStatusResponse(ReindexState.Running, DateTimeOffset.Parse("2026-11-24T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null, null, null),
        [typeof(IndexRunResponse)] = IndexRunResponse.From(new IndexRunSummary(true, 1, 1, 0, 0, [], 5, 28, 69, new Dictionary<string, int> { ["苏州市总工会"] = 3 }, TimeSpan.FromSeconds(0.4))),
        [typeof(ProblemDetails)] = new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1", Title = "Malformed query", Status = 400, Detail = "quote is never closed at character 1 of the query.",
            Extensions = { ["code"] = ProblemCodes.QuerySyntax, ["position"] = 0, ["query"] = "\"劳模" },
        },
        [typeof(HttpValidationProblemDetails)] = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["size"] = ["size='101' must be a whole number from 1 to 100."] })
        {
            Title = "Invalid size", Status = 400, Detail = "size='101' must be a whole number from 1 to 100.",
            Extensions = { ["code"] = ProblemCodes.InvalidParameter, ["parameter"] = "size" },
        },
    };

    public static void Apply(Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (Schemas.TryGetValue(context.JsonTypeInfo.Type, out var sample))
                schema.Example = JsonSerializer.SerializeToNode(sample, context.JsonTypeInfo.Type, Json);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters ?? [])
                if (parameter is OpenApiParameter concrete && parameter.Name is { } name && Parameters.TryGetValue(name, out var example))
                    concrete.Example = example.DeepClone();
            return Task.CompletedTask;
        });
    }
}
