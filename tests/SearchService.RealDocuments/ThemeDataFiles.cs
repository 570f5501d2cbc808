using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// The shipped theme data the harness's theme choosers vary: <c>themes.tsv</c>'s lines and, beside it, the aliases, groups,
/// named shares, beneficiaries and supporting words, with the default threshold — what <see cref="ThemeTaxonomy"/> is built from in ingestion.
/// </summary>
internal sealed record ThemeDataFiles(string[] ThemeLines, double Threshold, ThemeAliases Aliases, string[] GroupLines, string[] ShareLines, string[] BeneficiaryLines, string[] PlaceNames, string[] SupportingLines)
{
    public static ThemeDataFiles Load()
    {
        var options = new IngestionOptions();
        var themesFile = IngestionOptions.DataFile(options.ThemesPath, "themes.tsv");
        var folder = Path.GetDirectoryName(Path.GetFullPath(themesFile))!;
        string[] Beside(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadAllLines(Path.Combine(folder, name)) : [];
        return new ThemeDataFiles(File.ReadAllLines(themesFile), options.ThemeThreshold, ThemeAliases.Load(Path.Combine(folder, "theme-aliases.tsv")),
            Beside("theme-groups.tsv"), Beside("theme-named-shares.tsv"), Beside("theme-beneficiaries.tsv"),
            Gazetteer.Load(IngestionOptions.DataFile(options.GazetteerPath, "gazetteer.tsv")).PlaceNames.ToArray(), Beside("theme-supporting.tsv"));
    }

    /// <summary>
    /// A taxonomy of these files with <paramref name="themeLines"/> instead of <c>themes.tsv</c>'s, and the settings given in
    /// place of the shipped ones; every chooser builds through it, so each varies one setting against the rest as shipped.
    /// </summary>
    public ThemeTaxonomy With(IEnumerable<string> themeLines, ThemeSpread? spread = null, ThemeIndependence? independence = null,
        ThemeBeneficiary? beneficiary = null, ThemePlacement? placement = null, IEnumerable<string>? shareLines = null,
        IReadOnlyDictionary<string, double>? keptShares = null, ThemePassingMention? passing = null,
        ThemeServedCondition? servedCondition = null, ThemeQuotedName? quoted = null, IEnumerable<string>? supportingLines = null) =>
        new(themeLines, Threshold, Aliases, GroupLines, shareLines ?? ShareLines, spread, independence, keptShares, placement, BeneficiaryLines, beneficiary, passing,
            servedCondition, placeNames: PlaceNames, quoted: quoted, supportingLines: supportingLines ?? SupportingLines);
}
