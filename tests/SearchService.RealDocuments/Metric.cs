namespace SearchService.RealDocuments;

/// <summary>The figures, in the order they are printed. Each is a share of checks that passed.</summary>
public static class Metric
{
    public const string ReportCount = "documents with the expected number of reports";
    public const string OrganisationExact = "organisation, exact canonical name";
    public const string OrganisationLenient = "organisation, lenient (one name a suffix of the other)";
    public const string PassageOrganisation = "passages carrying the report's labelled organisation";
    public const string Province = "province";
    public const string City = "city (where labelled)";
    public const string County = "county-level division (where labelled)";
    public const string NoPlaceNoRegion = "no place in the text and no region produced";
    public const string NoDeeperThanLabelled = "region no deeper than labelled (no county for a city's report)";
    public const string SensibleTheme = "a sensible theme (a labelled theme among the produced)";
    public const string AnyTheme = "any theme at all";
    public const string ThemePrecision = "produced themes that are labelled (of reports labelled)";
    public const string ThemeRecall = "labelled themes that are produced";
    public const string Kept = "must-keep phrases kept (title, heading, passage, credit)";
    public const string TraditionalFoundBySimplified = "traditional document found by a simplified query";
    public const string SimplifiedFoundByTraditional = "simplified document found by a traditional query";
    public const string FoundInOwnScript = "control: document found by the phrase in its own script";

    public static readonly IReadOnlyList<string> Ingestion =
        [ReportCount, OrganisationExact, OrganisationLenient, PassageOrganisation, Province, City, County, NoDeeperThanLabelled, NoPlaceNoRegion, SensibleTheme, AnyTheme, ThemePrecision, ThemeRecall, Kept];

    public static readonly IReadOnlyList<string> CrossScript = [TraditionalFoundBySimplified, SimplifiedFoundByTraditional, FoundInOwnScript];
}
