using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using SearchService.Api.Contracts;
using SearchService.Core;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Citations;
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
        ["year"] = "2021",
        ["yearFrom"] = 2020,
        ["yearTo"] = 2023,
        ["id"] = "p-3f9c2a1b7d4e",
        ["text"] = "劳模工匠创新工作室",
        ["field"] = "text",
        ["format"] = "csv",
    };

    private static readonly Occurrence SampleOccurrence = new("r-400838ad37", "000_84dcf32169c3dcc4.txt", 63, ["三、劳模工匠，企业发展的源泉"], "依托劳模工匠创新工作室联盟建设，强化工作室人才集聚……")
    {
        Ranges = [new LineRange(63, 63)],
    };
    private static readonly Passage SamplePassage = new("p-5071a79ee4ec", "r-400838ad37", 6, "依托劳模工匠创新工作室联盟建设，强化工作室人才集聚……", ["三、劳模工匠，企业发展的源泉"], "上海市青浦区总工会", "上海市/青浦区", ["劳模工匠与创新工作室", "产业工人队伍建设改革"], [SampleOccurrence])
    {
        TwinKey = "t-5be0c2a41f9e7d36",
    };
    private static readonly Report SampleReport = new("r-400838ad37", "弘扬劳模工匠精神 助推示范区绿色发展", "上海市青浦区总工会探索一体化建模式", "上海市青浦区总工会", "上海市/青浦区", ["劳模工匠与创新工作室"], "2021-06", null, "000_84dcf32169c3dcc4.txt", [new Section(["三、劳模工匠，企业发展的源泉"], [SamplePassage])])
    {
        DatePrecision = "month",
        DateText = "二〇二一年六月",
        Credits = ["责任编辑：王明"],
        Collection = "深入学习习近平总书记重要论述 扎实推进产业工人队伍建设改革 ——长三角地区产业工人队伍建设改革经验交流集萃",
        OrganisationSource = "byline",
        RegionSource = "gazetteer",
    };
    private static readonly SearchHit SampleHit = new("p-5071a79ee4ec", "r-400838ad37", "弘扬劳模工匠精神 助推示范区绿色发展", "上海市青浦区总工会", "上海市/青浦区", ["上海市", "青浦区"], ["劳模工匠与创新工作室", "产业工人队伍建设改革"], "三、劳模工匠，企业发展的源泉", SamplePassage.Text, ["依托<mark>劳模工匠创新工作室</mark>联盟建设……"], 7.31f)
    {
        Match = MatchKind.All,
        MatchedIn = [MatchPlaces.Text, MatchPlaces.Heading],
        SectionHighlight = "三、<mark>劳模工匠</mark>，企业发展的源泉",
        Date = "2021-06",
        Citation = CitationParts.Of(SampleReport, SamplePassage),
    };
    private static readonly Permalinks SampleLinks = new("http://localhost:8080");
    private static readonly SearchFacets SampleFacets = new([new FacetValue("上海市青浦区总工会", 6, false)], [new FacetValue("上海市", 6, false, "上海市", 1), new FacetValue("青浦区", 6, true, "上海市/青浦区", 2)], [new FacetValue("劳模工匠与创新工作室", 5, false)], [new FacetValue("2021", 6, false), new FacetValue("未注明", 20, false)]);
    private static readonly ReportSummaryResponse SampleSummary = ReportSummaryResponse.From(ReportCatalog.Summarise(SampleReport));
    private static readonly IndexStatsResponse SampleStats = new(5, 61, 1, DateTimeOffset.Parse("2026-11-24T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private static readonly ReportResponse SampleReportResponse = ReportResponse.From(SampleReport, SampleLinks);
    private static readonly SearchFacetsResponse SampleFacetsResponse = SearchFacetsResponse.From(SampleFacets);

    private static readonly Dictionary<Type, object> Schemas = new()
    {
        [typeof(SearchResponse)] = SearchResponse.From(new SearchService.Core.Search.SearchResult("劳模工匠创新工作室", 3, 2, 5, 4, 1, 10, [SampleHit], SampleFacets,
            SuggestedFilters: [new SuggestedFilter("region", "嘉兴市", "浙江省/嘉兴市")]), SampleLinks),
        [typeof(SearchBody)] = new SearchBody { Q = "劳模工匠创新工作室", Region = ["浙江省/嘉兴市"], Size = 10, YearFrom = 2020 },
        [typeof(SuggestedFilterResponse)] = new SuggestedFilterResponse("region", "嘉兴市", "浙江省/嘉兴市"),
        [typeof(SearchHitResponse)] = SearchHitResponse.From(SampleHit, SampleLinks),
        [typeof(CitationPartsResponse)] = SampleReportResponse.Passages[0].CitationParts!,
        [typeof(CompilationResponse)] = SampleReportResponse.Compilation!,
        [typeof(SearchFacetsResponse)] = SampleFacetsResponse,
        [typeof(FacetValueResponse)] = SampleFacetsResponse.Region[1],
        [typeof(ReportResponse)] = SampleReportResponse,
        [typeof(SectionResponse)] = SampleReportResponse.Sections[0],
        [typeof(ReportPassageResponse)] = SampleReportResponse.Passages[0],
        [typeof(OccurrenceResponse)] = SampleReportResponse.Passages[0].Occurrences[0],
        [typeof(LineRangeResponse)] = SampleReportResponse.Passages[0].Occurrences[0].Ranges[0],
        [typeof(ReportSummaryResponse)] = SampleSummary,
        [typeof(PassageResponse)] = PassageResponse.From(new PassageView(SamplePassage.Id, SampleReport.Id, SampleReport.Title, SamplePassage.Organisation, SamplePassage.Region, SamplePassage.Themes, SampleHit.Section, 4, SamplePassage.Text, SampleReport.SourcePath, [SampleOccurrence]) { Citation = CitationParts.Of(SampleReport, SamplePassage) }, SampleLinks),
        [typeof(SuggestionResponse)] = new SuggestionResponse("劳模工匠创新工作室", "word", 6),
        [typeof(TokenResponse)] = new TokenResponse("劳模", 0, 0, 2),
        [typeof(AnalyzeResponse)] = new AnalyzeResponse("劳模工匠", "text", [new TokenResponse("劳模", 0, 0, 2), new TokenResponse("工匠", 1, 2, 4)]),
        [typeof(LimitsResponse)] = LimitsResponse.From(new LimitsOptions()),
        [typeof(HealthResponse)] = new HealthResponse("ready", SampleStats),
        [typeof(IndexStatsResponse)] = SampleStats,
        [typeof(ReportUpload)] = new ReportUpload("光明区总工会推进职工书屋建设", "一、建强阵地\n光明区总工会在全区建成职工书屋一百二十家……", "光明区总工会", "浙江省/嘉兴市/平湖市", ["服务职工"]),
        [typeof(ReportCorrection)] = new ReportCorrection("昆山市总工会", "江苏省/苏州市/昆山市", ["技能培训与人才"]),
        [typeof(WriteResponse)] = new WriteResponse(SampleReport.Id, [SampleSummary], [], [new DroppedLineResponse(24, null, "page chrome", "上一篇：县总工会召开全委会")]),
        [typeof(DroppedLineResponse)] = new DroppedLineResponse(24, null, "page chrome", "上一篇：县总工会召开全委会"),
        [typeof(SkippedFileResponse)] = new SkippedFileResponse("broken.docx", "not a valid .docx (zip) file"),
        [typeof(ReindexStatusResponse)] = new ReindexStatusResponse(ReindexState.Running, DateTimeOffset.Parse("2026-11-24T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null, null, null),
        [typeof(IndexRunResponse)] = IndexRunResponse.From(new IndexRunSummary(true, 1, 1, 0, 0, [], 5, 26, 69, new Dictionary<string, int> { ["苏州市总工会"] = 2 }, TimeSpan.FromSeconds(0.4)) { LinesDropped = 2 }),
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
