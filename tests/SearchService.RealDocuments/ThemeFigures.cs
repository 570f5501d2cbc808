namespace SearchService.RealDocuments;

/// <summary>The theme rows of the measurement (sensible, produced labelled, labelled produced) for reports weighed outside the harness's own scoring (--theme-shares, --theme-terms).</summary>
internal static class ThemeFigures
{
    public static string Of(IEnumerable<(IReadOnlyList<string> Labels, IReadOnlyList<string> Themes)> reports)
    {
        var list = reports.ToList();
        var right = list.Sum(r => r.Themes.Count(r.Labels.Contains));
        return $"sensible {list.Count(r => r.Themes.Any(r.Labels.Contains))}/{list.Count}, produced labelled {right}/{list.Sum(r => r.Themes.Count)}, "
            + $"labelled produced {right}/{list.Sum(r => r.Labels.Count)}";
    }
}
