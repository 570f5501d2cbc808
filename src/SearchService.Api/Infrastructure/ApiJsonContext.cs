using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SearchService.Api.Contracts;
using SearchService.Core.Search.Matching;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Serialisation code generated at build time for the responses sent most often (a search, a report, a passage list),
/// instead of reflection-built converters; other types fall through to the reflection resolver. Its options are the
/// API's (<see cref="Configure"/>): names, nulls, numbers and enums are written the same whether a response goes
/// through the configured serializer or straight through this context's generated writer (<see cref="JsonBody{T}"/>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict, Converters = [typeof(CamelCaseEnum<MatchKind>)])]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(IReadOnlyList<SearchHitResponse>))]
[JsonSerializable(typeof(ReportResponse))]
[JsonSerializable(typeof(SearchFacetsResponse))]
[JsonSerializable(typeof(SearchBody))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// ASP.NET Core's own choice for JSON responses, kept for every response: Chinese and HTML-sensitive characters are
    /// written as they are, not as <c>\uXXXX</c> escapes (the responses are <c>application/json</c>, never HTML).
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The API's JSON options for every endpoint; the generated context above follows the same settings.</summary>
    public static void Configure(JsonSerializerOptions json)
    {
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Numbers are numbers: the web defaults also read them from strings, which the OpenAPI document then types as integer-or-string.
        json.NumberHandling = JsonNumberHandling.Strict;
        json.Encoder = Encoder;
        json.TypeInfoResolverChain.Insert(0, Default);
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}

/// <summary>An enum written by its camel-cased name, as the API's options write every enum.</summary>
internal sealed class CamelCaseEnum<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase) where TEnum : struct, Enum;
