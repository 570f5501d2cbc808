using Microsoft.Extensions.Options;
using SearchService.Ingestion;

namespace SearchService.Core.Sources;

/// <summary>Refuses to start with ingestion settings that would fail (or silently do nothing) on the first document.</summary>
public sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, path) in new[]
                 {
                     ("GazetteerPath", options.GazetteerPath), ("OrganisationsPath", options.OrganisationsPath), ("ThemesPath", options.ThemesPath),
                     ("CorrectionsPath", options.CorrectionsPath), ("OrganisationScorerPath", options.OrganisationScorerPath),
                 })
            if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
                failures.Add($"{IngestionOptions.Section}:{key} '{Path.GetFullPath(path)}' does not exist.");
        if (options.ThemeThreshold is < 0 or double.NaN)
            failures.Add($"{IngestionOptions.Section}:ThemeThreshold must be 0 or more.");
        if (options.NearDuplicateResemblance is < 0 or > 1 or double.NaN)
            failures.Add($"{IngestionOptions.Section}:NearDuplicateResemblance must be from 0 to 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
