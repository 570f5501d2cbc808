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
        // The scorer's weights must be weights for today's features: a file trained for another feature set would fail the first document.
        if (!string.IsNullOrWhiteSpace(options.OrganisationScorerPath) && File.Exists(options.OrganisationScorerPath)
            && IngestionOptions.OrganisationScorerProblem(options.OrganisationScorerPath) is { } problem)
            failures.Add($"{IngestionOptions.Section}:OrganisationScorerPath '{Path.GetFullPath(options.OrganisationScorerPath)}' is not usable: {problem}");
        if (options.ThemeThreshold is < 0 or double.NaN)
            failures.Add($"{IngestionOptions.Section}:ThemeThreshold must be 0 or more.");
        if (options.NearDuplicateResemblance is < 0 or > 1 or double.NaN)
            failures.Add($"{IngestionOptions.Section}:NearDuplicateResemblance must be from 0 to 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
