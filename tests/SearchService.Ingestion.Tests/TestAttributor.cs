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

    /// <summary>An item's attribution from its title and paragraphs, with the paragraphs of the whole page it stands on.</summary>
    public static Attribution AttributeItem(string title, string[] paragraphs, string[] page) =>
        Attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null) { PageParagraphs = page });

    /// <summary>The attributor with the shipped organisation weights, as the service runs it.</summary>
    public static readonly ReportAttributor Shipped = new(Organisations, GazetteerTests.Places, ScriptFold.Default,
        OrganisationScorer.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisation-scorer.tsv")));

    /// <summary>A news item's organisation read twice: by the hand-set scoring and by the shipped weights.</summary>
    public static IEnumerable<string> OrganisationByBothScorings(string title, params string[] paragraphs)
    {
        yield return Attribute(title, paragraphs).Organisation;
        yield return Shipped.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null)).Organisation;
    }

    /// <summary>The first union the text names that is not a bare level (区总工会), as the name finder writes it.</summary>
    public static string? FirstName(string text) =>
        Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault(n => OrganisationNames.BareLevel(n) is null);
}
