namespace SearchService.Ingestion.Metadata;

// The attributor's reading of a visit told from the host's side: the host writes its own union bare (市总工会) and its
// guests in full (某市总工会, 某市某业工会联合会), so the place named most is often the guests'.
internal sealed partial class ReportAttributor
{
    /// <summary>
    /// A bare level's union (<c>市总工会</c>, <c>县总工会</c>) that receives a visit — the place a union of another place
    /// goes to (<c>甲市总工会副主席某某一行到市总工会交流</c>) or whose people receive the visitors (<c>市总工会主席某某接见了
    /// 代表团一行</c>) — is the writer's own union, not the visitors': when the document would read it as the union of the
    /// visitors' place, it is the union of the one other place of that level the text names (<c>来乙市参观</c>,
    /// <c>乙市工人文化宫</c>). Changes <paramref name="named"/> in place; nothing when no such place, or several, is named.
    /// </summary>
    private void HostWrittenBare(Dictionary<string, string> named, IReadOnlyList<(string Text, IReadOnlyList<OrganisationMention> Mentions)> texts, PlaceCounts places)
    {
        string? visitorsPlace = null;
        foreach (var (text, mentions) in texts)
            for (var i = 0; i < mentions.Count; i++)
            {
                var bare = mentions[i];
                if (OrganisationNames.BareLevel(bare.Name) is not ("省" or "市" or "州" or "县" or "区" or "旗") || bare.Role == OrganisationRole.Visitor) continue;
                var level = OrganisationNames.BareLevel(bare.Name)!;
                string? guests = null;
                if (VisitConvention.VisitedAt(text, bare.Start))
                {
                    // 甲市总工会副主席某某一行人到市总工会: the union of the same sentence that goes there, named in full.
                    var sentenceStart = text.LastIndexOfAny(Sentences.StopsOrSemicolon, Math.Max(0, bare.Start - 1)) + 1;
                    var goer = mentions.Take(i).LastOrDefault(m => m.Start >= sentenceStart && OrganisationNames.BareLevel(m.Name) is null);
                    guests = goer is null ? null : PlaceAtLevel(goer.Name, level, places);
                }
                else if (ReceivesGuests().IsMatch(text.AsSpan(bare.End)))
                    // 市总工会主席某某接见了代表团一行: the guests are the unions the text names visiting, or coming to the
                    // writer (某市某工会一行来某地访问: a visit to another province is read as the visitor's acting).
                    guests = visitorsPlace ??= texts.SelectMany(t => t.Mentions.Select(m => (t.Text, Mention: m)))
                        .Where(t => OrganisationNames.BareLevel(t.Mention.Name) is null && (t.Mention.Role == OrganisationRole.Visitor
                            || t.Mention.Role == OrganisationRole.Actor && VisitConvention.VisitAfter(t.Text, t.Mention.End) is { FromHostSide: true }))
                        .Select(t => PlaceAtLevel(t.Mention.Name, level, places)).FirstOrDefault(p => p is not null);
                if (guests is null) continue;
                var read = named.TryGetValue(level, out var full) ? organisations.RegionOf(full, places.Top) : places.OfLevel(level);
                if (read is null || !Gazetteer.Within(read, guests)) continue;
                if (places.AllOfLevel(level).Where(p => !Gazetteer.Within(p, guests) && !Gazetteer.Within(guests, p)).ToList() is [var host])
                {
                    named[level] = names.OfficialPrefix(host) + "总工会";
                    return;
                }
            }
    }

    /// <summary>
    /// The place of a union when it is of the bare level <paramref name="level"/> itself (甲市 for 甲市总工会 or 甲市某业工会
    /// and 市); null otherwise: a lower union (某县总工会 going to 市总工会) lies inside the bare union's area and is not a
    /// guest from elsewhere.
    /// </summary>
    private string? PlaceAtLevel(string union, string level, PlaceCounts places) =>
        organisations.RegionOf(union, places.Top) is { } region && gazetteer.PlaceAt(region) is { } place && PlaceCounts.Fits(place, level) ? region : null;

    // The union's people (主席某某等领导) receiving guests, in the name's own clause.
    [System.Text.RegularExpressions.GeneratedRegex("^[^，,。；;]{0,16}?(?:接见|会见|接待|迎接|欢迎)")]
    private static partial System.Text.RegularExpressions.Regex ReceivesGuests();
}
