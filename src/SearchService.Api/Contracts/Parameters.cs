using System.ComponentModel.DataAnnotations;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Contracts;

/// <summary>Building blocks of the parameter records.</summary>
internal static class Parameters
{
    public static ValidationResult OutOfRange(string name, long value, long min, long max) =>
        new($"{name}='{value}' must be a whole number from {min} to {max}.", [name]);

    public static FacetSelection Filters(string[]? organisation, string[]? region, string[]? theme) => new(new Dictionary<string, IReadOnlyList<string>>
    {
        [IndexSchema.Organisation] = Clean(organisation),
        [IndexSchema.Region] = Clean(region),
        [IndexSchema.Theme] = Clean(theme),
    });

    private static IReadOnlyList<string> Clean(string[]? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList() ?? [];
}
