namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A headline whose subject is a whole area (<c>全省…</c>, <c>我州…</c>, <c>全市工会系统…</c>) reports that area's news:
/// a county or city its text passes through (where a meeting sat, the county named most among several) does not take
/// the report deeper than the area. The cap applies to regions read from the text, never to an organisation's own place.
/// </summary>
internal static partial class AreaWideHeadline
{
    /// <summary>
    /// <paramref name="region"/> cut to the level the headline's opening word names; unchanged when the headline opens
    /// with none. <c>全市</c>/<c>我市</c> may be a county-level city's: it stops at the prefecture only when the deeper place
    /// is no county-level city or <paramref name="namesAnotherCounty"/> says the text names another county of that
    /// prefecture (a city-wide round-up of its counties).
    /// </summary>
    public static string Cap(string region, string title, Gazetteer gazetteer, Func<string, bool> namesAnotherCounty)
    {
        var opening = Opening().Match(title);
        if (!opening.Success) return region;
        var depth = opening.Groups[1].Value[1] switch { '省' => 1, _ => 2 };
        var capped = Gazetteer.UpToDepth(region, depth);
        if (capped == region) return region;
        if (opening.Groups[1].Value[1] == '市' && region.Count(c => c == '/') == 2
            && gazetteer.PlaceAt(region) is { Kind: PlaceKind.County } county && county.Name.EndsWith('市') && !namesAnotherCounty(region))
            return region;
        return capped;
    }

    // The headline opens with the area (past a bracket or quote); not 全省首家/全市第一 (the area's first X, somewhere in it).
    [System.Text.RegularExpressions.GeneratedRegex("^[\\s【\\[（(“\"]*((?:全|我)(?:省|市|州|盟))(?!首|第一|唯一|率先)")]
    private static partial System.Text.RegularExpressions.Regex Opening();
}
