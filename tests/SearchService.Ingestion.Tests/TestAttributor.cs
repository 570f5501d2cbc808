using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// One attributor over the shipped organisations and the test gazetteer, for the attribution tests: loading the
/// directory is the costly part, so it is loaded once for all of them.
/// </summary>
internal static class TestAttributor
{
    public static readonly OrganisationDirectory Organisations =
        OrganisationDirectory.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisations.tsv"), GazetteerTests.Places);

    public static readonly ReportAttributor Attributor = new(Organisations, GazetteerTests.Places, ScriptFold.Default);

    /// <summary>A news item's attribution from its title and paragraphs alone.</summary>
    public static Attribution Attribute(string title, params string[] paragraphs) =>
        Attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null));
}
