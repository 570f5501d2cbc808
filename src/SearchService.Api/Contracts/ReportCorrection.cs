using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Infrastructure;
using SearchService.Core.Documents;
using SearchService.Ingestion;

namespace SearchService.Api.Contracts;

/// <summary>
/// The body of PATCH /api/reports/{id}: a JSON merge patch of the report's correction. A member given sets that field,
/// a member given as null removes its correction (extraction decides again), a member left out stays as it is.
/// </summary>
public sealed record ReportCorrection(string? Organisation, string? Region, IReadOnlyList<string>? Themes)
{
    private static readonly string[] Members = ["organisation", "region", "themes"];

    /// <summary>The patch, or a 400 naming the member that is not a correction.</summary>
    public static (CorrectionPatch? Patch, ProblemHttpResult? Problem) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return (null, Problems.InvalidParameter("body", "Not a correction", "Send a JSON object with organisation, region and/or themes."));
        var seen = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject())
        {
            var name = Members.FirstOrDefault(m => string.Equals(m, member.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null)
                return (null, Problems.InvalidParameter(member.Name, "Not a correctable field", $"'{member.Name}' cannot be corrected; a correction sets organisation, region and themes."));
            seen[name] = member.Value;
        }
        if (seen.Count == 0)
            return (null, Problems.InvalidParameter("body", "Empty correction", "Give at least one of organisation, region and themes (null removes a correction)."));

        string? Text(string name, out ProblemHttpResult? problem)
        {
            problem = null;
            if (!seen.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                problem = Problems.InvalidParameter(name, $"Invalid {name}", $"{name} is a non-empty string, or null to remove its correction.");
            return value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        }

        var organisation = Text("organisation", out var organisationProblem);
        if (organisationProblem is not null) return (null, organisationProblem);
        var region = Text("region", out var regionProblem);
        if (regionProblem is not null) return (null, regionProblem);
        IReadOnlyList<string>? themes = null;
        if (seen.TryGetValue("themes", out var themeValue) && themeValue.ValueKind != JsonValueKind.Null)
        {
            if (themeValue.ValueKind != JsonValueKind.Array || themeValue.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(t.GetString())))
                return (null, Problems.InvalidParameter("themes", "Invalid themes", "themes is an array of theme names, or null to remove its correction."));
            themes = themeValue.EnumerateArray().Select(t => t.GetString()!.Trim()).Distinct().ToList();
        }
        var errors = ReportMetadataLimits.Errors(new ReportMetadata(Organisation: organisation, Region: region, Themes: themes));
        if (errors.Count > 0)
        {
            var field = errors.Keys.First();
            return (null, Problems.Create(StatusCodes.Status400BadRequest, ProblemCodes.InvalidParameter, "Invalid field", string.Join(" ", errors.Values.SelectMany(m => m)),
                new Dictionary<string, object?> { ["parameter"] = field, ["errors"] = errors }));
        }
        return (new CorrectionPatch(seen.ContainsKey("organisation"), organisation, seen.ContainsKey("region"), region, seen.ContainsKey("themes"), themes), null);
    }
}
