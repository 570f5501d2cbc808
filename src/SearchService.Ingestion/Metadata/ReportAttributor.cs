namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Who a report is by and where, with where each came from. Given metadata wins. Otherwise every union the byline,
/// title and text name is a candidate, scored by where it stands (byline, title, the opening sentence, how often) and
/// what it does there: a visitor (来…调研), a news source (据…, 来源：) or a name that is only mentioned counts less
/// than the union that acts, organises (由…主办) or hosts (陪同). A bare 市总工会/县总 is the union of the city or
/// county the document names most. The region is the place in the organisation's name, else the place the title
/// names, else the place the text names most. Everything is read folded to simplified script.
/// </summary>
internal sealed class ReportAttributor(OrganisationDirectory organisations, Gazetteer gazetteer)
{
    private readonly OrganisationNames names = organisations.Names;

    public Attribution Attribute(AttributionInput input)
    {
        var given = input.Given;
        // A document posted to the API is labelled api/…; every other given metadata comes from a sidecar.
        var givenSource = input.SourcePath.StartsWith("api/", StringComparison.Ordinal) ? "api" : "sidecar";
        var fold = ScriptFold.Default;
        var title = input.Title is null ? "" : fold.Fold(input.Title);
        var byline = input.Byline is null ? "" : fold.Fold(input.Byline);
        var paragraphs = input.Paragraphs.Select(fold.Fold).ToList();
        var places = new PlaceCounts(gazetteer, title, paragraphs);

        var (organisation, organisationSource) =
            !string.IsNullOrWhiteSpace(given?.Organisation) ? (organisations.Canonical(given!.Organisation!), givenSource)
            : Best(title, byline, paragraphs, places) is { } found ? found
            : ("", "none");

        var (region, regionSource) =
            !string.IsNullOrWhiteSpace(given?.Region) ? (gazetteer.Resolve(fold.Fold(given!.Region!).Replace(" › ", "/").Replace('›', '/')) ?? fold.Fold(given.Region!.Trim()), givenSource)
            : organisation.Length > 0 && organisations.RegionOf(organisation, places.Top) is { } ofOrganisation ? (ofOrganisation, "gazetteer")
            : gazetteer.MostSpecificIn(title, places.Top) is { } inTitle ? (inTitle, "title")
            : places.Dominant() is { } named ? (named, "text")
            : ((string?)null, "none");

        return new Attribution(organisation, region, organisationSource, regionSource);
    }

    /// <summary>
    /// Another organisation, when a passage is clearly that organisation's own work: its name opens the passage and it
    /// acts (<c>青浦区总工会联合…</c>), it is not the report's organisation, and the report's organisation was not given.
    /// </summary>
    public string? PassageActor(string paragraph, Attribution report) => PassageActorWithEvidence(paragraph, report)?.Organisation;

    /// <summary>The same, with the words that show it (the name as written and what follows it).</summary>
    public (string Organisation, string Evidence)? PassageActorWithEvidence(string paragraph, Attribution report)
    {
        if (report.OrganisationGiven || report.OrganisationSource == "none") return null;
        var text = Dedup.TextNormalizer.WithoutOrdinal(ScriptFold.Default.Fold(paragraph));
        var context = report.Region is null ? null : new[] { report.Region };
        foreach (var mention in names.Find(text[..Math.Min(text.Length, 100)], context))
        {
            // The subject of one of the opening sentences: the name stands near the start of its sentence.
            var sentenceStart = text.LastIndexOfAny(['。', '？', '！', '；'], Math.Max(0, mention.Start - 1)) + 1;
            if (mention.Start - sentenceStart > 12) continue;
            if (mention.Role is not (OrganisationRole.Actor or OrganisationRole.Organiser)) continue;
            if (OrganisationNames.BareLevel(mention.Name) is not null) continue;
            var name = organisations.Canonical(mention.Name);
            if (name == report.Organisation || report.Organisation.EndsWith(name, StringComparison.Ordinal)) return null;
            if (mention.End >= text.Length || !ActsAfter(text[mention.End..])) continue;
            return (name, text[mention.Start..Math.Min(text.Length, mention.End + 4)]);
        }
        return null;
    }

    /// <summary>The region of an organisation a passage is attributed to.</summary>
    public string? RegionOf(string organisation) => organisations.RegionOf(organisation);

    // What follows a name when it is the subject of the sentence: a verb, not 的/和/、/主席.
    private static bool ActsAfter(string rest) =>
        rest.Length > 0 && rest[0] is not ('的' or '和' or '与' or '、' or '及' or '，' or ',' or '。' or '主' or '副' or '党' or '领' or '等' or '”' or '"')
        && !rest.StartsWith("工作", StringComparison.Ordinal);

    private (string Name, string Source)? Best(string title, string byline, IReadOnlyList<string> paragraphs, PlaceCounts places)
    {
        var scores = new Dictionary<string, (double Score, string Source, double Strongest)>(StringComparer.Ordinal);
        void Add(string? name, double score, string source)
        {
            if (string.IsNullOrEmpty(name)) return;
            // The national federation is named in most local news (its awards, its campaigns): it is the actor only
            // when no local union is named as much.
            if (name == OrganisationNames.NationalName && score > 0) score *= 0.4;
            var (total, best, strongest) = scores.GetValueOrDefault(name, (0, source, double.MinValue));
            scores[name] = (total + score, score > strongest ? source : best, Math.Max(strongest, score));
        }
        var context = places.Top;

        if (byline.Length > 0 && organisations.FromByline(byline) is { } fromByline) Add(Resolve(fromByline, places), 8, "byline");
        foreach (var mention in names.Find(title, context))
            Add(Resolve(mention.Name, places), mention.Role switch
            {
                OrganisationRole.Visitor => -3,
                OrganisationRole.Source => 0.5,
                _ => mention.Start <= 2 ? 6 : 5,
            }, "title");

        var perName = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var opening = i == 0 ? FirstSentenceEnd(paragraph) : -1;
            foreach (var mention in names.Find(paragraph, context))
            {
                var name = Resolve(mention.Name, places);
                if (name is null) continue;
                var score = mention.Role switch
                {
                    OrganisationRole.Visitor => -2,
                    OrganisationRole.Source => 0.3,
                    OrganisationRole.Host => 2,
                    OrganisationRole.Organiser => 3,
                    _ => mention.Start < opening ? 3 : 1,
                };
                // Frequency counts, but a name repeated down a long text should not outweigh the title.
                var sofar = perName.GetValueOrDefault(name);
                if (score > 0 && sofar >= 5) score = 0.1;
                perName[name] = sofar + score;
                Add(name, score, "text");
            }
        }
        var best = scores.Where(s => s.Value.Score > 0.5).OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key.Length).FirstOrDefault();
        return best.Key is null ? null : (best.Key, best.Value.Source);
    }

    /// <summary>A canonical name with a bare level (市总工会, 省财贸轻纺烟草工会) completed by the document's place of that level.</summary>
    private string? Resolve(string name, PlaceCounts places)
    {
        if (OrganisationNames.BareLevel(name) is { } level)
            return places.OfLevel(level) is { } path ? names.OfficialPrefix(path) + "总工会" : null;
        if (names.LeadingLevel(name) is { } lead)
            return places.OfLevel(lead) is { } path ? names.OfficialPrefix(path) + name[1..] : null;
        return organisations.Canonical(name);
    }

    private static int FirstSentenceEnd(string paragraph)
    {
        var end = paragraph.IndexOfAny(['。', '！', '？', '；']);
        return end < 0 ? paragraph.Length : end;
    }

    /// <summary>How often a report names each place (a deeper place counts for its ancestors too; the title three times).</summary>
    private sealed class PlaceCounts
    {
        private readonly Gazetteer gazetteer;
        private readonly Dictionary<string, double> counts = new(StringComparer.Ordinal);

        public PlaceCounts(Gazetteer gazetteer, string title, IReadOnlyList<string> paragraphs)
        {
            this.gazetteer = gazetteer;
            // First the places named unambiguously, then shared names resolved against them.
            var first = new List<string>();
            foreach (var m in gazetteer.Mentions(title)) first.Add(m.Path);
            foreach (var p in paragraphs.Take(3)) foreach (var m in gazetteer.Mentions(p)) first.Add(m.Path);
            Count(gazetteer.Mentions(title, first), 3);
            foreach (var p in paragraphs) Count(gazetteer.Mentions(p, first), 1);
            Top = counts.OrderByDescending(c => c.Value).Take(3).Select(c => c.Key).ToList();
        }

        /// <summary>The most named places, as context for shared names.</summary>
        public IReadOnlyList<string> Top { get; }

        private void Count(IReadOnlyList<PlaceMention> mentions, double weight)
        {
            foreach (var m in mentions)
            {
                var w = weight * (m.ByFullName ? 1 : weight > 1 ? 0.6 : 0.3);
                for (var path = m.Path; ; path = path[..path.LastIndexOf('/')])
                {
                    counts[path] = counts.GetValueOrDefault(path) + w;
                    if (!path.Contains('/')) break;
                }
            }
        }

        /// <summary>The most named place whose name ends with the level (市, 县, 区, 省, 州); municipalities count as 市 and 省.</summary>
        public string? OfLevel(string level) =>
            counts.Where(c => gazetteer.PlaceAt(c.Key) is { } place && Fits(place, level))
                .OrderByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).Select(c => c.Key).FirstOrDefault();

        private static bool Fits(Place place, string level) => level switch
        {
            "省" => place.Kind == PlaceKind.Province,
            "市" => place.Name.EndsWith('市') && place.Kind != PlaceKind.Province || place.Kind == PlaceKind.Province && place.Name.EndsWith('市'),
            "州" => place.Name.EndsWith('州') && place.Kind == PlaceKind.Prefecture,
            _ => place.Kind == PlaceKind.County && place.Name.EndsWith(level, StringComparison.Ordinal),
        };

        /// <summary>
        /// The place the text is about: the most named province, then within it the most named city if it has at least
        /// half the province's mentions, then a county likewise.
        /// </summary>
        public string? Dominant()
        {
            string? chosen = null;
            var chosenCount = 0.0;
            while (true)
            {
                var prefix = chosen is null ? null : chosen + "/";
                var next = counts.Where(c => prefix is null ? !c.Key.Contains('/') : c.Key.StartsWith(prefix, StringComparison.Ordinal) && c.Key.IndexOf('/', prefix.Length) < 0)
                    .OrderByDescending(c => c.Value).FirstOrDefault();
                if (next.Key is null || (chosen is not null && next.Value < chosenCount / 2)) return chosen;
                (chosen, chosenCount) = (next.Key, next.Value);
            }
        }
    }
}
