namespace SearchService.Ingestion.Metadata;

// The attributor's reading of a visit between unions (VisitConvention): after scoring, the visitor or the
// visited union of the headline's or the lead's visit, when the choice is one of them.
internal sealed partial class ReportAttributor
{
    /// <summary>A place's name without its level (万年县 → 万年, 荆门市 → 荆门); as written when that leaves one character.</summary>
    private static string ShortPlaceName(string name)
    {
        foreach (var suffix in (string[])["自治州", "自治县", "地区", "市", "县", "区", "州", "旗", "盟"])
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2) return name[..^suffix.Length];
        return name;
    }

    /// <summary>
    /// The visitor or the host of a visit the headline or the lead's first sentence tells (<see cref="VisitConvention"/>),
    /// when <paramref name="chosen"/> is one of them; null when there is no such visit or the choice is nobody or another union;
    /// empty when the visit is an unnamed host's.
    /// </summary>
    private string? VisitReading(string headline, IReadOnlyList<OrganisationMention> headlineMentions, string title, IReadOnlyList<OrganisationMention> titleMentions,
        IReadOnlyList<string> paragraphs, List<IReadOnlyList<OrganisationMention>> paragraphMentions, int first, IReadOnlyList<string> credits, string? chosen,
        Dictionary<string, (double Score, string Source, double Strongest)> scores, PlaceCounts places, IReadOnlyDictionary<string, string> named,
        IReadOnlyDictionary<string, IReadOnlyList<string>> forms)
    {
        // 某某工会一行来某地访问 in the headline, 某某工会联合会 in the lead: one union in two forms, merged under one name.
        string? OneUnion(string? name) => name is null ? null : forms.FirstOrDefault(f => f.Value.Contains(name)).Key ?? name;
        var lead = first < paragraphs.Count ? paragraphs[first] : "";
        var leadEnd = lead.Length == 0 ? 0 : FirstSentenceEnd(lead);
        var told = new List<(string Text, OrganisationMention Mention)>();
        foreach (var m in headlineMentions) told.Add((headline, m));
        if (!ReferenceEquals(headline, title)) foreach (var m in titleMentions) told.Add((title, m));
        // The first sentence of the lead's first two paragraphs (a caption or a dateline line may come first).
        for (var i = first; i < Math.Min(first + 2, paragraphs.Count); i++)
        {
            var end = FirstSentenceEnd(paragraphs[i]);
            foreach (var m in paragraphMentions[i].Where(m => m.Start < end)) told.Add((paragraphs[i], m));
        }
        string? visitor = null;
        var visits = new List<(string Way, string Told, bool FromHostSide)>();
        foreach (var (text, mention) in told)
        {
            if (mention.Role is not (OrganisationRole.Visitor or OrganisationRole.Actor)) continue;
            if (VisitConvention.VisitAfter(text, mention.End) is not { } visit || OneUnion(Resolve(mention.Name, places, named)) is not { } name) continue;
            visitor ??= name;
            if (name == visitor) visits.Add(visit);
        }
        if (visitor is null) return null;
        // 到某研究院，调研某公司工会、某院工会民主管理工作: the unions a visit names as what it inspects are visited
        // themselves, wherever the visit is said to go (the way names the site, not the union).
        var inspected = told.Where(t => t.Mention.Role != OrganisationRole.Venue && VisitConvention.InspectedAt(t.Text, t.Mention.Start))
            .Select(t => OneUnion(Resolve(t.Mention.Name, places, named))).OfType<string>()
            .Where(n => n != visitor && n != OrganisationNames.NationalName).Distinct().ToList();
        var said = headline + "\n" + string.Join("\n", visits.Select(v => v.Told));
        // The unions of the place or unit visited (到叶县, 来我州, 走进某开发区), among the candidates: a place's union
        // only when the visit goes to the place, not to a unit written with it (到某省某盐场).
        bool OfVisited(string union)
        {
            if (union == visitor || union == OrganisationNames.NationalName) return false;
            if (inspected.Contains(union)) return true;
            var region = organisations.RegionOf(union, places.Top);
            var place = IsPlaceUnion(union);
            var stem = OrganisationNames.Stem(union);
            // 万年县 gone to as 万年, 荆门市 as 荆 and 南通市 as 通 by the one it visits (来荆对接, 来通交流).
            var shortName = place && region is not null ? ShortPlaceName(region[(region.LastIndexOf('/') + 1)..]) : null;
            foreach (var (way, _, fromHost) in visits)
            {
                if (way.Length == 0) continue;
                if (place && VisitConvention.GoesToUnit(way)) continue;
                if (place && way.StartsWith('我') && way.Length > 1 && union.EndsWith(way[1] + "总工会", StringComparison.Ordinal)) return true;
                // 指前镇 for 常州市金坛区指前镇总工会, 沟帮子开发区 for its zone's union: the end of the union's own name.
                if (!place && Enumerable.Range(3, Math.Max(0, stem.Length - 2)).Any(n => way.StartsWith(stem[^n..], StringComparison.Ordinal))) return true;
                if (place && region is not null && gazetteer.Mentions(way, places.Top).Any(p => p.Path == region)) return true;
                if (shortName is { Length: >= 2 } && (way.StartsWith(shortName, StringComparison.Ordinal)
                    || fromHost && shortName.Contains(way[0]) && gazetteer.Mentions(way, places.Top).Count == 0)) return true;
            }
            return false;
        }
        var hosts = scores.Where(s => s.Value.Score > 0 && OfVisited(s.Key)).OrderByDescending(s => s.Value.Score).Select(s => s.Key).ToList();
        // 莅临恒远集团总部, 走进恒远 and the text's 恒远集团工会 or 恒远工会: the union of the company visited, named by its brand.
        var texts = (IReadOnlyList<string>)[headline, title, .. paragraphs.Skip(first)];
        int PlaceAt(string word) => gazetteer.Mentions(word, places.Top) is [{ At: 0 } opening, ..] ? opening.Length : 0;
        var brandUnion = visits.Select(v => VisitedBrand.UnionOf(v.Way, texts, PlaceAt)).FirstOrDefault(u => u is not null && u != visitor);
        // 恒远工会 under 来源：恒远钢铁集团有限公司: the company's legal name the text or its credits write.
        if (brandUnion is not null) brandUnion = VisitedBrand.WrittenOut(brandUnion, texts.Concat(credits));
        // A visit that goes round several units (先后来到…) is the visitor's tour, whatever union it names there.
        var tours = paragraphs.Skip(first).Take(2).Any(VisitConvention.Tours);
        var fromHostSide = visits.Any(v => v.FromHostSide);
        // The unions escorting the visit to the company (在省总工会主席某某陪同下) are of the visiting party: the company's
        // union takes the report from them as from the visitor, on the same terms (nothing handed over, no study trip of
        // the visitor's own, no tour).
        if (brandUnion is not null && chosen is not null && chosen != visitor && !hosts.Contains(chosen)
            && told.Any(t => VisitConvention.Escorts(t.Text, t.Mention.End) && OneUnion(Resolve(t.Mention.Name, places, named)) == chosen))
            return VisitConvention.Delivers(said) || !fromHostSide && VisitConvention.Studies(said) || tours ? null : brandUnion;
        // Nobody chosen, not even the visitor studying its own area (InspectingItsOwnArea): a visit to an enterprise or a
        // site whose union is not named, or a threshold nothing reaches, stays without an organisation.
        // 甲市总工会某某莅临某公司…为公司颁授牌匾。乙县总工会某某陪同: an area's general union that only goes along with a
        // visit to a company (not the company's own union, which hosts it) is neither the visitor nor the visited: the
        // visit is the visitor's when it hands something over or goes to a unit (conv22 (1) and (3)).
        if (chosen is not null && chosen != visitor && !hosts.Contains(chosen) && IsPlaceUnion(chosen) && first < paragraphs.Count
            && (VisitConvention.Delivers(said) || visits.Count > 0 && visits.All(v => VisitConvention.GoesToUnit(v.Way)))
            && paragraphMentions[first].Any(m => VisitConvention.Escorts(paragraphs[first], m.End) && !VisitConvention.Receives(paragraphs[first], m.End)
                && OneUnion(Resolve(m.Name, places, named)) == chosen))
            return visitor;
        if (chosen is null || chosen != visitor && !hosts.Contains(chosen)) return null;
        // (1) Something handed over or run: the visitor's. So is a study trip told by the one who makes it (前往某区交流),
        // and a trip to another province told from its own side (到西藏某县考察援藏工作).
        if (VisitConvention.Delivers(said)) return visitor;
        if (!fromHostSide && VisitConvention.Studies(said)) return visitor;
        var visitorProvince = organisations.RegionOf(visitor, places.Top) is { } own ? own.Split('/')[0] : null;
        if (!fromHostSide && visitorProvince is not null && hosts.Count > 0
            && hosts.All(h => organisations.RegionOf(h, places.Top) is { } r && r.Split('/')[0] != visitorProvince)) return visitor;
        // (2) The visited union receiving it: reporting, presenting or chairing, or itself the place gone to.
        bool Receives(string host)
        {
            // 甲镇总工会赴乙街道总工会开展调研: the union the headline's visit goes to, by name, is the place gone to.
            foreach (var m in headlineMentions)
                if (m.Role != OrganisationRole.Venue && VisitConvention.VisitedAt(headline, m.Start) && OneUnion(Resolve(m.Name, places, named)) == host) return true;
            for (var i = first; i < paragraphs.Count; i++)
                foreach (var m in paragraphMentions[i])
                    if ((VisitConvention.Receives(paragraphs[i], m.End) || i == first && m.Start < leadEnd && m.Role == OrganisationRole.Host && VisitConvention.VisitedAt(paragraphs[i], m.Start))
                        && OneUnion(Resolve(m.Name, places, named)) == host) return true;
            return false;
        }
        // The first union the visit names as inspected (调研甲公司工会、乙院工会…工作: the enterprise before its unit's).
        if (inspected.FirstOrDefault(hosts.Contains) is { } inspectedHost) return inspectedHost;
        if (hosts.FirstOrDefault(Receives) is { } receiving) return receiving;
        // …or its work or premises what is visited (调研某县工会工作, 视察某县职工帮扶中心), or a study visit told from its side (来厦交流).
        var placeHosts = hosts.Where(IsPlaceUnion).Concat(hosts.Where(h => ZoneUnion().IsMatch(h) || OrganisationNames.IsTownUnion(h))).ToList();
        if (placeHosts.Count > 0 && (VisitConvention.UnionWorkVisited(said) || fromHostSide && VisitConvention.Studies(said))) return placeHosts[0];
        // …and a study visit told from the host's side whose host union the text never names (来我县考察工会工作, the
        // writer's own union only 县工会 or its chair) is still the host's: nobody's, not the visitor's (conv22 (2)).
        // Only the writer's own area (来我县, 到我市), never a union written in the way (来某区对某区工会调研: a union
        // named there that names no one, or a bare 市总工会 gone to, is still a host, just not read as a candidate).
        if (hosts.Count == 0 && chosen == visitor && VisitConvention.Studies(said)
            && visits.Any(v => v.FromHostSide && v.Way.StartsWith('我'))
            && !visits.Any(v => VisitConvention.GoesToUnit(v.Way) || v.Way.Contains("工会", StringComparison.Ordinal))) return "";
        // …or the company visited, whose union the text names by its brand (VisitedBrand), on no tour.
        if (brandUnion is not null && !tours) return brandUnion;
        // (3) A tour of units or sites, the visited's union only escorting: the visitor's.
        var tour = visits.Any(v => VisitConvention.GoesToUnit(v.Way)) || tours;
        return tour ? visitor : null;
    }
}
