using System.Text.Json;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// An enum in a query string, by its lower-case (camelCase) name in any case: <c>sort=relevance</c> or
/// <c>sort=Relevance</c>. Minimal APIs bind a plain enum by its C# name, case-sensitively, which is neither how the
/// JSON and the OpenAPI document spell it nor how the API accepted it before. The OpenAPI document lists
/// <see cref="Names"/> as the parameter's enum (<see cref="OpenApiParameters"/>).
/// </summary>
public readonly record struct QueryEnum<TEnum>(TEnum Value) where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    /// <summary>The accepted values, as the documentation and the JSON write them.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();

    public static bool TryParse(string? value, out QueryEnum<TEnum> result)
    {
        result = default;
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return false;
        for (var i = 0; i < Names.Count; i++)
            if (string.Equals(Names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                result = new QueryEnum<TEnum>(Values[i]);
                return true;
            }
        return false;
    }

    public override string ToString() => Names[Array.IndexOf(Values, Value)];
}
