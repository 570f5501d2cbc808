using SearchService.Core.Indexing;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Search.Facets;

/// <summary>
/// What a person wrote as a filter value, as the index holds it: facet values are in simplified script
/// (organisation:蘇州市總工會 is 苏州市总工会), and a former theme name means the theme that replaced it.
/// </summary>
public static class FilterValues
{
    public static string Normalize(string field, string value) =>
        field == IndexSchema.Theme ? ThemeAliases.Default.Canonical(value) : ScriptFold.Default.Fold(value);

    public static FacetSelection Normalize(FacetSelection selection) =>
        selection.IsEmpty ? selection
        : new FacetSelection(selection.Values.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Select(v => Normalize(kv.Key, v)).Distinct().ToList()));
}
