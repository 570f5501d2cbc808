using System.Text.Json;
using System.Text.Json.Serialization;
using SearchService.Api.Contracts;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Serialisation code generated at build time for the responses sent most often (a search, a report, a passage list),
/// instead of reflection-built converters; other types fall through to the reflection resolver.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(IReadOnlyList<SearchHitResponse>))]
[JsonSerializable(typeof(ReportResponse))]
[JsonSerializable(typeof(SearchFacetsResponse))]
[JsonSerializable(typeof(SearchBody))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
