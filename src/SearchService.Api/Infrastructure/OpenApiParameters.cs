using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SearchService.Core;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// What the OpenAPI document cannot learn from the parameter records alone: a <see cref="QueryEnum{TEnum}"/> is bound
/// through its TryParse, so it would read as a free string without its <c>enum</c>; and the bounds that come from
/// <c>Limits:*</c> are known only when the service runs.
/// </summary>
public static class OpenApiParameters
{
    public static void Apply(Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        // A query enum is its values, written in place, not an object schema of its own.
        var named = options.CreateSchemaReferenceId;
        options.CreateSchemaReferenceId = info => IsQueryEnum(info.Type) ? null : named(info);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (IsQueryEnum(type))
            {
                var names = (IReadOnlyList<string>)type.GetProperty(nameof(QueryEnum<SearchService.Core.Search.SearchSort>.Names))!.GetValue(null)!;
                schema.Type = JsonSchemaType.String;
                schema.Format = null;
                schema.Properties = null;
                schema.Enum = names.Select(n => (JsonNode)JsonValue.Create(n)).ToList();
            }
            else if (type.IsEnum)
            {
                schema.Type = JsonSchemaType.String;
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var limits = context.ApplicationServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
            var path = context.Description.RelativePath?.TrimEnd('/') ?? "";
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is not OpenApiParameter { Schema: OpenApiSchema schema } || parameter.In != ParameterLocation.Query) continue;
                (int Min, long Max)? bounds = (path, parameter.Name) switch
                {
                    ("api/search", "size") => (1, limits.MaxPageSize),
                    ("api/search", "page") => (1, limits.MaxDepth),
                    ("api/search", "facetSize") => (1, limits.MaxFacetSize),
                    ("api/suggest", "size") => (1, limits.MaxSuggestions),
                    ("api/passages/{id}/similar", "size") => (1, limits.MaxSimilar),
                    ("api/reports", "page") => (1, int.MaxValue),
                    ("api/reports", "size") => (1, limits.MaxReportPageSize),
                    ("api/search" or "api/search/export", "yearFrom" or "yearTo") => (SearchService.Core.Indexing.ReportDates.MinYear, SearchService.Core.Indexing.ReportDates.MaxYear),
                    _ => null,
                };
                if (bounds is { } b)
                {
                    schema.Minimum = b.Min.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    schema.Maximum = b.Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            return Task.CompletedTask;
        });
    }

    private static bool IsQueryEnum(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(QueryEnum<>);
    }
}
