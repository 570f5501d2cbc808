namespace SearchService.RealDocuments;

/// <summary>The checks one document passed or failed (by metric), its report counts, and a line per miss.</summary>
public sealed record DocumentScore(
    LabelledDocument Document,
    int ReportsExpected,
    int ReportsProduced,
    IReadOnlyList<(string Metric, bool Passed)> Checks,
    IReadOnlyList<string> Misses)
{
    /// <summary>
    /// Per report with labelled themes, the produced themes no label names and the labelled ones not produced (a
    /// precision and recall view the "sensible theme" figure hides), printed with --verbose apart from the misses.
    /// </summary>
    public IReadOnlyList<string> ThemeDifferences { get; init; } = [];

    /// <summary>Scores what ingestion produced from the document against its labels.</summary>
    public static DocumentScore Evaluate(LabelledDocument document, ProducedDocument produced)
    {
        var checks = new List<(string, bool)>();
        var misses = new List<string>();
        var themeDifferences = new List<string>();
        void Check(string metric, bool passed, string miss)
        {
            checks.Add((metric, passed));
            if (!passed) misses.Add($"{document.Id} {miss}");
        }

        foreach (var problem in produced.Problems) misses.Add($"{document.Id} not read: {problem.Message}");
        Check(Metric.ReportCount, produced.Reports.Count == document.Reports.Count,
            $"reports: expected {document.Reports.Count}, got {produced.Reports.Count} [{string.Join(" | ", produced.Reports.Select(r => Shorten(r.Title)))}]");

        foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced.Reports))
        {
            var at = $"#{label.Number} ({Shorten(label.Title)})";
            var organisation = report?.Organisation.Trim() ?? "";
            Check(Metric.OrganisationExact, organisation == label.Organisation, $"{at} organisation: expected '{label.Organisation}', got '{organisation}'");
            checks.Add((Metric.OrganisationLenient, SameOrganisationLeniently(label.Organisation, organisation)));
            foreach (var passage in report?.Passages ?? [])
                checks.Add((Metric.PassageOrganisation, passage.Organisation.Trim() == label.Organisation));

            var region = RegionLevels.Parse(report?.Region);
            if (label.Province.Length > 0)
                Check(Metric.Province, region.Province == label.Province, $"{at} province: expected {label.Province}, got '{region}'");
            else
                Check(Metric.NoPlaceNoRegion, region == RegionLevels.None, $"{at} region: the text names no place, got '{region}'");
            if (label.City.Length > 0)
                Check(Metric.City, region.City == label.City || region.City == LabelledPlaces.TodaysCity(label), $"{at} city: expected {label.City}, got '{region}'");
            // A county-level city directly under its province (五家渠市, 仙桃市) is labelled with no city; the path
            // then holds it in the city's place.
            var county = label.City.Length == 0 && region.County.Length == 0 ? region.City : region.County;
            // A city or county labelled by the name the text writes, since changed (新建县 → 新建区), is today's division.
            if (label.County.Length > 0)
                Check(Metric.County, county == label.County || county == LabelledPlaces.TodaysCounty(label), $"{at} county: expected {label.County}, got '{region}'");
            // A city's or a province's report placed in one of its counties (or cities) claims more than the label does.
            if (label.Province.Length > 0 && label.County.Length == 0)
                Check(Metric.NoDeeperThanLabelled, county.Length == 0 && (label.City.Length > 0 || region.City.Length == 0),
                    $"{at} region deeper than labelled: expected {string.Join("/", new[] { label.Province, label.City }.Where(p => p.Length > 0))}, got '{region}'");

            var themes = report?.Themes ?? [];
            if (label.Themes.Count > 0)
                Check(Metric.SensibleTheme, themes.Intersect(label.Themes).Any(),
                    $"{at} themes: expected one of {string.Join("、", label.Themes)}, got [{string.Join("、", themes)}]");
            checks.Add((Metric.AnyTheme, themes.Count > 0));
            if (label.Themes.Count > 0)
            {
                foreach (var theme in themes) checks.Add((Metric.ThemePrecision, label.Themes.Contains(theme)));
                foreach (var theme in label.Themes) checks.Add((Metric.ThemeRecall, themes.Contains(theme)));
                var extra = themes.Except(label.Themes).ToList();
                var unproduced = label.Themes.Except(themes).ToList();
                if (extra.Count + unproduced.Count > 0)
                    themeDifferences.Add($"{document.Id} {at} themes: produced, not labelled [{string.Join(" | ", extra)}]; labelled, not produced [{string.Join(" | ", unproduced)}]");
            }
        }

        foreach (var phrase in document.Keep)
            Check(Metric.Kept, produced.Keeps(phrase), $"lost: '{phrase}'");

        return new DocumentScore(document, document.Reports.Count, produced.Reports.Count, checks, misses) { ThemeDifferences = themeDifferences };
    }

    /// <summary>柯桥区总工会 for 绍兴市柯桥区总工会 (or the reverse): the same organisation named with less or more of its place.</summary>
    private static bool SameOrganisationLeniently(string labelled, string produced) =>
        labelled == produced
        || (labelled.Length > 0 && produced.Length > 0
            && (labelled.EndsWith(produced, StringComparison.Ordinal) || produced.EndsWith(labelled, StringComparison.Ordinal)));

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 24 ? line : line[..24] + "…";
    }
}
