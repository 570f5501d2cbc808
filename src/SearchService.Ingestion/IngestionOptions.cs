namespace SearchService.Ingestion;

/// <summary>
/// Where the editable data files are (bound from configuration section <c>Ingestion</c>); null means the file
/// shipped beside the assembly under <c>Ingestion/Data/</c>.
/// </summary>
public sealed record IngestionOptions
{
    public const string Section = "Ingestion";

    public string? GazetteerPath { get; init; }

    public string? OrganisationsPath { get; init; }

    public string? ThemesPath { get; init; }

    /// <summary>
    /// Weights of the learnt organisation scorer (Metadata/OrganisationScorer.cs) that chooses each report's organisation
    /// among its candidates; null means the shipped <c>organisation-scorer.tsv</c>. A file that is not weights for
    /// today's features is refused.
    /// </summary>
    public string? OrganisationScorerPath { get; init; }

    /// <summary>
    /// Choose organisations with the hand-set scores instead of the learnt weights: for the real-document harness, which
    /// compares the two (not bound from configuration).
    /// </summary>
    internal bool HandSetOrganisationScoring { get; init; }

    /// <summary>People's corrections of organisation, region and themes (see Metadata/Corrections.cs); a folder of sources may hold its own <c>corrections.tsv</c> too.</summary>
    public string? CorrectionsPath { get; init; }

    /// <summary>Sum of keyword weights a passage needs for a theme.</summary>
    public double ThemeThreshold { get; init; } = 3.0;

    /// <summary>Two passages whose 3-character shingle sets have at least this Jaccard resemblance are one passage.</summary>
    public double NearDuplicateResemblance { get; init; } = 0.9;

    /// <summary>How much work one document may cost to read (configuration <c>Ingestion:Limits</c>).</summary>
    public Readers.DocumentLimits Limits { get; init; } = new();

    /// <summary>Why the organisation scorer file at <paramref name="path"/> cannot be used (not weights for today's features), or null when it can.</summary>
    public static string? OrganisationScorerProblem(string path)
    {
        try
        {
            Metadata.OrganisationScorer.Load(path);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    internal static string DataFile(string? configured, string name) =>
        !string.IsNullOrWhiteSpace(configured) ? configured : Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", name);
}
