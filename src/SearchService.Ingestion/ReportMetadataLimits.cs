namespace SearchService.Ingestion;

/// <summary>
/// How long each metadata field given from outside (an API request, a <c>.meta.json</c> sidecar) may be. Organisation,
/// region, theme and title are indexed as single terms and sort keys, which Lucene caps at 32,766 UTF-8 bytes: an
/// 11,000-character organisation failed the whole write ("immense term"). The limits are far below that and far above
/// any real value, so they are constants of the contract rather than settings.
/// </summary>
public static class ReportMetadataLimits
{
    public const int MaxTitle = 500;
    public const int MaxOrganisation = 200;
    public const int MaxRegion = 200;
    public const int MaxThemes = 20;
    public const int MaxTheme = 100;
    public const int MaxDate = 40;
    public const int MaxSourceUrl = 2_048;

    /// <summary>Field name (as in the API) → what is wrong with it; empty when the metadata is acceptable.</summary>
    public static IReadOnlyDictionary<string, string[]> Errors(ReportMetadata metadata)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(string field, string? value, int max)
        {
            if (value is { Length: var length } && length > max) errors[field] = [$"{field} has {length:N0} characters; at most {max:N0} are allowed."];
        }
        Check("title", metadata.Title, MaxTitle);
        Check("organisation", metadata.Organisation, MaxOrganisation);
        Check("region", metadata.Region, MaxRegion);
        Check("date", metadata.Date, MaxDate);
        Check("sourceUrl", metadata.SourceUrl, MaxSourceUrl);
        if (metadata.SourceUrl is { Length: > 0 and <= MaxSourceUrl } url
            && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            errors["sourceUrl"] = ["sourceUrl must be an absolute http or https URL."];
        if (metadata.Themes is { } themes)
        {
            if (themes.Count > MaxThemes) errors["themes"] = [$"{themes.Count:N0} themes given; at most {MaxThemes} are allowed."];
            else if (themes.Any(t => t is null)) errors["themes"] = ["A theme may not be null."];
            else if (themes.FirstOrDefault(t => t.Length > MaxTheme) is { } theme)
                errors["themes"] = [$"A theme has {theme.Length:N0} characters; at most {MaxTheme} are allowed."];
        }
        return errors;
    }
}
