using System.Text.Json;
using SearchService.Api.Contracts;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// A search response written as <see cref="ApiJsonContext"/>'s generated writer writes it (members in declaration
/// order, nulls left out, the hits by the generated writer itself), except that the facet values are written from
/// <see cref="FacetValueFragments"/>: they are most of a response's bytes and were a tenth of the JSON's CPU.
/// </summary>
public sealed class SearchResponseWriter(FacetValueFragments fragments)
{
    public void Write(Utf8JsonWriter writer, SearchResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("query"u8, response.Query);
        writer.WriteNumber("total"u8, response.Total);
        writer.WriteNumber("titleMatches"u8, response.TitleMatches);
        if (response.Related is { } related) writer.WriteNumber("related"u8, related);
        writer.WriteNumber("tookMs"u8, response.TookMs);
        writer.WriteNumber("page"u8, response.Page);
        writer.WriteNumber("size"u8, response.Size);
        writer.WritePropertyName("hits"u8);
        Hits(writer, response.Hits);
        writer.WritePropertyName("facets"u8);
        Facets(writer, response.Facets);
        if (response.TotalGroups is { } groups) writer.WriteNumber("totalGroups"u8, groups);
        if (response.DidYouMean is { } didYouMean) writer.WriteString("didYouMean"u8, didYouMean);
        writer.WritePropertyName("suggestedFilters"u8);
        writer.WriteStartArray();
        foreach (var filter in response.SuggestedFilters)
        {
            writer.WriteStartObject();
            writer.WriteString("facet"u8, filter.Facet);
            writer.WriteString("value"u8, filter.Value);
            if (filter.Path is not null) writer.WriteString("path"u8, filter.Path);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteBoolean("cached"u8, response.Cached);
        writer.WriteEndObject();
    }

    private static void Hits(Utf8JsonWriter writer, IReadOnlyList<SearchHitResponse> hits)
    {
        var typeInfo = ApiJsonContext.Default.IReadOnlyListSearchHitResponse;
        if (typeInfo.SerializeHandler is { } generated) generated(writer, hits);
        else JsonSerializer.Serialize(writer, hits, typeInfo);
    }

    private void Facets(Utf8JsonWriter writer, SearchFacetsResponse facets)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("organisation"u8);
        fragments.WriteArray(writer, facets.Organisation);
        writer.WritePropertyName("region"u8);
        fragments.WriteArray(writer, facets.Region);
        writer.WritePropertyName("theme"u8);
        fragments.WriteArray(writer, facets.Theme);
        writer.WritePropertyName("year"u8);
        fragments.WriteArray(writer, facets.Year);
        writer.WriteEndObject();
    }
}
