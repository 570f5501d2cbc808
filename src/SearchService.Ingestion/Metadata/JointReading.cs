namespace SearchService.Ingestion.Metadata;

// The attributor's reading of several levels of one area acting together (JointAction): the highest
// level's union when the others lie inside its area, and three or more unions opening the lead as its subject.
internal sealed partial class ReportAttributor
{
    /// <summary>
    /// The union whose work unions of different levels acting together are (<see cref="HighestOf"/>): a run of unions
    /// doing it together (<see cref="JointActions.TogetherRuns"/>) in the headline or the first sentence of the lead's
    /// first two paragraphs, else an organiser statement there that names two unions or more (由甲主办，乙承办; one that
    /// only guides, 由某省总工会指导, is no part of it), its highest union among those that host it. A headline in which
    /// a union acts on its own keeps its news unless that union is one of them. Null when none is found.
    /// </summary>
    private string? RankedTogether(string title, IReadOnlyList<OrganisationMention> titleMentions, IReadOnlyList<string> paragraphs,
        List<IReadOnlyList<OrganisationMention>> paragraphMentions, int first, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        var headlineActors = titleMentions.Where(m => m.Role is OrganisationRole.Actor or OrganisationRole.Organiser)
            .Select(m => Resolve(m.Name, places, named)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var texts = new List<(string Text, int End, IReadOnlyList<OrganisationMention> Mentions)> { (title, title.Length, titleMentions) };
        for (var i = first; i < Math.Min(paragraphs.Count, first + 2); i++) texts.Add((paragraphs[i], FirstSentenceEnd(paragraphs[i]), paragraphMentions[i]));
        string? Accepted(HashSet<string> members, string? highest) =>
            highest is not null && headlineActors.All(members.Contains) ? highest : null;
        HashSet<string> Names(IEnumerable<OrganisationMention> mentions) => RunNames(mentions.ToList(), places, named);
        foreach (var (text, end, mentions) in texts)
            foreach (var run in JointActions.TogetherRuns(text, end, mentions))
                if (Names(run) is var members && Accepted(members, HighestOf(members, places)) is { } highest) return highest;
        // 市、县(区)两级工会共筹集…, 省市两级工会联合…: the levels' unions as the subject, led by the highest level's union.
        foreach (var (text, end, _) in texts)
            if (LevelsSubjectIn(text[..Math.Min(end, text.Length)]) is { } level && Resolve(level + "总工会", places, named) is { } highest
                && headlineActors.All(a => a == highest))
                return highest;
        foreach (var (text, end, mentions) in texts)
            foreach (var (hosts, helpers) in JointActions.OrganiserStatements(text, end, mentions))
            {
                var members = Names(hosts.Concat(helpers));
                if (HighestOf(members, places) is { } highest && Names(hosts).Contains(highest) && Accepted(members, highest) is { } accepted) return accepted;
            }
        // 某某比赛在某地举行 …（winners）… 此次比赛由甲省总工会主办、乙市总工会承办: when neither the headline nor the lead's
        // first sentence names a union acting, the event's organiser statement further on names who holds it — the
        // highest of its hosts, not the undertaker named more often among the winners.
        if (headlineActors.Count == 0 && texts.Skip(1).Take(1).All(t => !t.Mentions.Any(m => m.Start < t.End && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser)))
            for (var i = first; i < paragraphs.Count; i++)
                foreach (var (hosts, helpers) in JointActions.OrganiserStatements(paragraphs[i], paragraphs[i].Length, paragraphMentions[i]))
                    if (Names(hosts.Concat(helpers)) is var members && HighestOf(members, places) is { } highest && Names(hosts).Contains(highest)) return highest;
        return null;
    }

    /// <summary>
    /// The highest level of bare levels' unions opening a clause as its subject (<c>市、县(区)两级工会共筹集…</c>, also after
    /// the place whose levels they are, <c>湖州市、县两级工会开展…</c>): 省, 市, 州 or 县; null when no clause opens so.
    /// </summary>
    private string? LevelsSubjectIn(string text)
    {
        for (var clause = 0; clause < text.Length; clause = text.IndexOfAny(['，', ',', '：', ':', '。', '；'], clause) is var next and >= 0 ? next + 1 : text.Length)
        {
            var rest = text[clause..].TrimStart();
            if (LevelsSubject().Match(rest) is { Success: true } bare) return bare.Groups[1].Value;
            // 湖州市、县两级工会: the place's own level (its 市) opens the list.
            foreach (var place in gazetteer.Mentions(rest))
                if (place.At == 0)
                    foreach (var from in (int[])[place.Length, place.Length - 1])
                        if (LevelsSubject().Match(rest[from..]) is { Success: true } after) return after.Groups[1].Value;
        }
        return null;
    }

    // Bare levels listed before their count of levels' unions, the highest first (市、县(区)两级工会, 省市县三级工会).
    [System.Text.RegularExpressions.GeneratedRegex("^([省市州县])(?:[、和与]?[市州县区旗](?:[（(][^）)]{1,8}[）)])?)+[两三四]级(?:总)?工会(?!主席|干部|负责|相关|领导)")]
    private static partial System.Text.RegularExpressions.Regex LevelsSubject();

    /// <summary>
    /// The unions of a run named together, resolved. A bare <c>市总工会</c> listed beside a county-level city's union
    /// (<c>市总工会、某区总工会、某县总工会、甲市总工会分别…</c>) is not that city's, whose union the run names apart, but the
    /// union of the one prefecture every other union of the run lies in.
    /// </summary>
    private HashSet<string> RunNames(List<OrganisationMention> run, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        var resolved = run.Select(m => Resolve(m.Name, places, named)).ToList();
        for (var i = 0; i < run.Count; i++)
        {
            if (OrganisationNames.BareLevel(run[i].Name) != "市" || resolved[i] is not { } bare || Level(bare, places).Rank != 3) continue;
            // Only beside other county-level unions: 市总工会 beside its own towns' unions is the county-level city's.
            var others = resolved.Where((other, j) => j != i && other is not null && other != bare).Select(other => Level(other!, places)).ToList();
            if (others.Count == 0 || others.Any(o => o.Rank != 3 || o.Region is null)) continue;
            var prefectures = others.Select(o => o.Region).ToList();
            var of = prefectures.Select(r => string.Join('/', r!.Split('/').Take(2))).Distinct().ToList();
            if (of is [var prefecture] && gazetteer.PlaceAt(prefecture)?.Kind == PlaceKind.Prefecture && Gazetteer.Within(Level(bare, places).Region!, prefecture))
                resolved[i] = names.OfficialPrefix(prefecture) + "总工会";
        }
        return resolved.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Of two or more unions acting together, the one of the highest level when it is the only one of that level and
    /// every other lies inside its area (the national federation is above all): a province's, then a city's or a
    /// prefecture's, then a county's or a district's general union; a unit's union with no place of its own counts as
    /// one under it. Null when the highest level is shared (two
    /// districts, two provinces), when a union lies outside it, or when the highest is no place's general union.
    /// </summary>
    private string? HighestOf(IReadOnlyCollection<string> together, PlaceCounts places)
    {
        if (together.Count < 2) return null;
        var levels = together.Select(n => (Name: n, Level: Level(n, places))).ToList();
        var top = levels.MinBy(l => l.Level.Rank);
        if (top.Level.Rank >= 4 || levels.Count(l => l.Level.Rank == top.Level.Rank) > 1) return null;
        // A community's, an enterprise's or a unit's union named without its place (某社区联合工会) is one of the area's own.
        return levels.All(l => l.Name == top.Name || IsBelow(l.Level, top.Level) || l.Level is { Rank: 4, Region: null }) ? top.Name : null;
    }

    /// <summary>
    /// Whether the lead's first sentence opens with three or more different unions joined by 、/和/与/及 as its subject
    /// (甲县总工会、乙县总工会和丙县总工会联合举办…).
    /// </summary>
    private bool ActTogether(string lead, IReadOnlyList<OrganisationMention> mentions, PlaceCounts places, IReadOnlyDictionary<string, string> named,
        out HashSet<string> together)
    {
        together = new HashSet<string>(StringComparer.Ordinal);
        var end = FirstSentenceEnd(lead);
        // 某区总工会机关工会: a name inside another is part of that one.
        var inSentence = mentions.Where(m => m.End <= end && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser
            && !mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && o.End - o.Start > m.End - m.Start)).ToList();
        if (inSentence.Count < 3) return false;
        // 在某某总工会成立百年之际，4月，甲…、乙…、丙…: a union named in the time the sentence opens with is no subject.
        var sentenceStart = lead.LastIndexOfAny(Sentences.StopsOrSemicolon, Math.Max(0, inSentence[0].Start - 1)) + 1;
        var opening = PastTimeLeads(lead, sentenceStart, inSentence[^1].Start);
        inSentence = inSentence.Where(m => m.Start >= opening).ToList();
        if (inSentence.Count < 3) return false;
        var subject = inSentence[0];
        if (subject.Start - opening > 2 && !AfterTimeLead(lead, subject.Start)) return false;
        var run = new List<OrganisationMention> { subject };
        var previous = subject;
        foreach (var next in inSentence.Skip(1))
        {
            if (next.Start < previous.End) continue;
            var gap = lead.AsSpan(previous.End, next.Start - previous.End).Trim();
            if (gap is not ("、" or "，" or "," or "和" or "与" or "及" or "以及" or "同")) break;
            run.Add(next);
            previous = next;
        }
        together = RunNames(run, places, named);
        return together.Count >= 3;
    }
}
