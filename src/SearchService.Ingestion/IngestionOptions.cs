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
    /// Weights of a learnt organisation scorer (Metadata/OrganisationScorer.cs; the shipped <c>organisation-scorer.tsv</c>
    /// is one) to choose each report's organisation with; null keeps the hand-set scoring (the Ingestion README compares the two).
    /// </summary>
    public string? OrganisationScorerPath { get; init; }

    /// <summary>People's corrections of organisation, region and themes (see Metadata/Corrections.cs); a folder of sources may hold its own <c>corrections.tsv</c> too.</summary>
    public string? CorrectionsPath { get; init; }

    /// <summary>Sum of keyword weights a passage needs for a theme.</summary>
    public double ThemeThreshold { get; init; } = 3.0;

    /// <summary>Two passages whose 3-character shingle sets have at least this Jaccard resemblance are one passage.</summary>
    public double NearDuplicateResemblance { get; init; } = 0.9;

    /// <summary>How much work one document may cost to read (configuration <c>Ingestion:Limits</c>).</summary>
    public Readers.DocumentLimits Limits { get; init; } = new();

    internal static string DataFile(string? configured, string name) =>
        !string.IsNullOrWhiteSpace(configured) ? configured : Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", name);
}
