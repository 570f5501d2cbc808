using System.Runtime.CompilerServices;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Who a report is by and where, with where each came from. Given metadata wins. Otherwise every union the byline,
/// title and text name is a candidate, scored by where it stands (byline, title, the opening sentence, how often) and
/// what it does there: a visitor (来…调研), a news source (据…, 来源：) or a name that is only mentioned counts less
/// than the union that acts, organises (由…主办) or hosts (陪同). A bare 市总工会/县总 is the union of the city or
/// county the document names most. The region is the place in the organisation's name, else the place the title
/// names, else the place the text names most. Everything is read folded to simplified script.
/// </summary>
internal sealed partial class ReportAttributor(OrganisationDirectory organisations, Gazetteer gazetteer, ScriptFold fold,
    OrganisationScorer? scorer = null, bool recordChoices = false)
{
    private readonly OrganisationNames names = organisations.Names;

    // Every item of a page gets the same page's paragraphs (one list per document); its places are found once, not once
    // per item asking, so a page of many town-only items stays linear.
    private readonly ConditionalWeakTable<IReadOnlyList<string>, List<string>> pagePlaces = new();
    private readonly ConditionalWeakTable<IReadOnlyList<string>, StrongBox<string?>> pageDominant = new();

    public Attribution Attribute(AttributionInput input)
    {
        var given = input.Given;
        // A document posted to the API is labelled api/…; every other given metadata comes from a sidecar.
        var givenSource = input.SourcePath.StartsWith("api/", StringComparison.Ordinal) ? "api" : "sidecar";
        var title = input.Title is null ? "" : fold.Fold(input.Title);
        var byline = input.Byline is null ? "" : fold.Fold(input.Byline);
        var paragraphs = input.Paragraphs.Select(fold.Fold).ToList();
        var headings = input.Headings.Select(fold.Fold).ToList();
        var credits = input.Credits.Select(fold.Fold).ToList();
        var siteLines = input.SiteLines.Select(fold.Fold).ToList();
        // 台商区总工会 in a text that writes its zone once in full after its place (某市台商投资区): that zone's union, read
        // so where the text's unions are found and its places counted.
        var zones = names.ZoneShortForms(headings.Prepend(title).Concat(paragraphs).Concat(credits));
        var page = input.PageParagraphs;
        var places = new PlaceCounts(gazetteer, title, headings, paragraphs, credits, names, siteLines,
            page.Count == 0 ? null : () => pagePlaces.GetValue(page, PlacesOfPage), zones);
        OrganisationChoice? choice = null;

        var (organisation, organisationSource) =
            !string.IsNullOrWhiteSpace(given?.Organisation) ? (organisations.Canonical(given!.Organisation!), givenSource)
            : Best(title, byline, headings, paragraphs, credits, places, out choice) is { } found ? found
            : ("", "none");

        // The title's place, visiting unions left out: what a venue must lie inside, and else the region.
        // A person named like a place (巡视员佟永春) is left out of the title as of the text.
        var titleForPlace = new Lazy<string>(() => WithoutBranchPlace(WithoutUnbackedShortForm(title, paragraphs, places), places));
        var inTitle = new Lazy<string?>(() => gazetteer.MostSpecificIn(places.WithoutPeople(WithoutVisitors(titleForPlace.Value, places)), places.Top) is { } t
            && !places.Strays.Contains(t) ? t : null);
        var unvisited = new Lazy<PlaceCounts>(() => PlacesWithoutVisitors(title, headings, paragraphs, credits, places, titleForPlace.Value));
        // The page's own place evidence, the organisation aside: title, venue, the text's places, then the page, credits, site.
        (string? Region, string Source) OwnEvidence() =>
            // An organisation without a place of its own (the national federation, an enterprise) is where it held the
            // event the lead names (今天在拉萨举办), when that lies inside what the title names.
            Venue(title, paragraphs, inTitle.Value, places) is { } venue ? (venue, "text")
            : inTitle.Value is { } titlePlace
                ? DownToTitlesTown(title, titlePlace, places) is var ofTitle && InsideTitlesPlace(ofTitle, title, headings, paragraphs, credits, places, titleForPlace.Value) is { } insideTitle
                    ? (insideTitle, "text") : (ofTitle, "title")
            // A province written once among others' (a forum's guests by their employers, a company's outings to three
            // cities): the people's and the stops' places, not the report's; the text names none of its own.
            : unvisited.Value.Dominant() is { } named ? (VisitorsCameToAPeer(named, title, paragraphs) ? ((string?)null, "none") : (named, "text"))
            : unvisited.Value.NamesOnlyOthersPlaces ? (null, "none")
            // 省总工会、某市总工会领导一行来开发区调研: a text placed only by its visitors is where they came, inside their area.
            // 某市总工会一行来我县考察 with the host never named: the visitors' place is not the writer's, who is their peer.
            : places.Dominant() is { } visited ? (VisitorsCameToAPeer(visited, title, paragraphs) ? ((string?)null, "none") : (visited, "text"))
            : places.NamesOnlyOthersPlaces ? (null, "none")
            // 我省各级工会… in an item of a page of several that names no place of its own: the area the page is about.
            : OwnAreaOfPage(title, paragraphs, page) is { } area ? (area, "page")
            // 来源：某县融媒体中心 under a text that names no place: the outlet that carried it says where it is, else the page's own lines do.
            : OnlyPlaceOf(credits) is { } credited ? (credited, "credit")
            : OnlyPlaceOf(siteLines) is { } site ? (site, "site")
            : ((string?)null, "none");
        string? Finished(string? region, string source) =>
            // 全省…/我州…/全市工会系统…: the headline's area, not a county its text passes through.
            gazetteer.AsDivision(region is not null && source is "text" or "title" ? AreaWideHeadline.Cap(region, title, gazetteer, places.NamesAnotherCountyBeside) : region);

        var (region, regionSource) =
            !string.IsNullOrWhiteSpace(given?.Region) ? (gazetteer.Resolve(fold.Fold(given!.Region!).Replace(" › ", "/").Replace('›', '/')) ?? fold.Fold(given.Region!.Trim()), givenSource)
            : organisation.Length > 0 && gazetteer.SeatOfStateUnit(organisation, places.Top) is { } seat ? (seat, "gazetteer")
            : organisation.Length > 0 && organisations.RegionOf(organisation, places.Top) is { } ofOrganisation
                ? (Narrowed(organisation, ofOrganisation, title, headings, paragraphs, credits, places) is { } inside ? (inside, "text") : (gazetteer.AboveAreaNamedEnterprise(organisation, ofOrganisation), "gazetteer"))
            : organisation.Length > 0 && FullerFormOf(organisation, paragraphs, places) is { } ofFuller ? (ofFuller, "gazetteer")
            // 某市总工会联动外省某州总工会… (no organisation: unions of two provinces acting together): where the one that brings
            // the other along is, the ground it serves the workers on, unless the lead says where it was held.
            : organisation.Length == 0 && LeaderOfProvincesTogether(title, paragraphs, places) is { } leader
                && Venue(title, paragraphs, null, places) is null ? (leader, "text")
            : NotTheTripsDestination(organisation, OwnEvidence(), title, headings, paragraphs, credits, places);
        if (regionSource != givenSource) region = Finished(region, regionSource);
        // 河东区某局工会 in an item of a page of one city's round-up, the item naming no other place: a district several
        // cities have, settled by the one province the whole page names.
        if (region is null && regionSource != givenSource && organisation.Length > 0 && page.Count > 0
            && AreasOfPage(page) is [_] province && organisations.RegionOf(organisation, province) is { } ofPage)
            (region, regionSource) = (Finished(ofPage, "page"), "page");
        // 某某林业局工会, 某某农场有限公司工会: a state forest bureau or farm belongs to its province's forest or reclamation
        // group, whatever city or county the page names besides (the group's address in a footer, a prefecture in a
        // breadcrumb): its province only; an item naming no place of its own is in the one province its page names.
        if (regionSource != givenSource && Gazetteer.IsStateUnit(organisation))
        {
            if (region is not null) region = Gazetteer.UpToDepth(region, 1);
            else if (page.Count > 0 && ProvinceWrittenInFull(page) is { } pageProvince) (region, regionSource) = (pageProvince, "page");
        }

        return new Attribution(organisation, region, organisationSource, regionSource)
        {
            Choice = recordChoices ? choice : null,
            OwnPlace = recordChoices && regionSource is "gazetteer" && OwnEvidence() is var (own, ownSource) ? (Finished(own, ownSource), ownSource) : null,
        };
    }

    /// <summary>
    /// The place of the union that opens the headline or the first sentence of one of the first two paragraphs and brings
    /// along, by a word of doing it together, a union of another province (<see cref="JointActions.BroughtAlong"/>,
    /// 甲市总工会副主席某某带队联动乙省某州总工会…); null when there is none.
    /// </summary>
    private string? LeaderOfProvincesTogether(string title, List<string> paragraphs, PlaceCounts places)
    {
        foreach (var text in paragraphs.Take(2).Prepend(title))
        {
            var end = ReferenceEquals(text, title) ? text.Length : FirstSentenceEnd(text);
            foreach (var (subject, partner) in JointActions.BroughtAlong(text, end, Mentions(text, places)))
                if (organisations.RegionOf(subject.Name, places.Top) is { } own && organisations.RegionOf(partner.Name, places.Top) is { } other
                    && own.Split('/')[0] != other.Split('/')[0]) return own;
        }
        return null;
    }

    /// <summary>
    /// The place of an organisation written short without one (沈铁局工会) taken from its fuller form the text writes
    /// (沈阳铁路局工会: the same first character and kind, the short name's characters in order): an enterprise of one
    /// province acting in another is placed where it is, not where its event happens (本报讯 某地某车站职工… under it).
    /// </summary>
    private string? FullerFormOf(string organisation, List<string> paragraphs, PlaceCounts places)
    {
        if (organisation.Length < 4 || OrganisationNames.BareLevel(organisation) is not null) return null;
        foreach (var paragraph in paragraphs)
            foreach (var mention in names.Find(paragraph, places.Top, places.ZoneShortForms))
            {
                var fuller = mention.Name;
                if (fuller.Length <= organisation.Length || fuller[0] != organisation[0] || !fuller.EndsWith(organisation[^3..], StringComparison.Ordinal)
                    || !InOrder(organisation, fuller) || mention.Role is OrganisationRole.Visitor or OrganisationRole.Source) continue;
                if (organisations.RegionOf(fuller, places.Top) is { } region) return region;
            }
        return null;
    }

    /// <summary>Whether <paramref name="shorter"/>'s characters all stand in <paramref name="longer"/>, in their order.</summary>
    private static bool InOrder(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        var at = 0;
        foreach (var c in longer)
            if (at < shorter.Length && c == shorter[at]) at++;
        return at == shorter.Length;
    }

    /// <summary>
    /// The place lines kept beside a report's text (its credits, or the page's site lines) name, read as a text of their
    /// own: asked only when the title and text place nothing, where those lines are the one sign left. Read together the
    /// first line is a lead and the rest its body, where a province's short name alone (某省工人报) is too little; but
    /// these lines are separate labels, so one line naming a place on its own counts as much in any position
    /// (出版日期 over the paper's name), when the lines that name a place all name the same one.
    /// </summary>
    private string? OnlyPlaceOf(List<string> lines)
    {
        if (lines.Count == 0) return null;
        if (new PlaceCounts(gazetteer, "", [], lines, []).Dominant() is { } together) return together;
        var named = lines.Select(l => new PlaceCounts(gazetteer, "", [], [l], []).Dominant()).OfType<string>().Distinct().ToList();
        var deepest = named.OrderByDescending(p => p.Count(c => c == '/')).FirstOrDefault();
        return deepest is not null && named.All(p => p == deepest || Gazetteer.Within(deepest, p)) ? deepest : null;
    }

    /// <summary>
    /// The area an item speaks from (我省, 全省; 我市, 全市; a bare 开发区) read from the places its whole page names, when
    /// the page holds several items: a workers' daily's page of its province's news says 我省 in the item that names no
    /// place, a zone's column of briefs 开发区 in each.
    /// </summary>
    private string? OwnAreaOfPage(string title, List<string> paragraphs, IReadOnlyList<string> page)
    {
        if (page.Count == 0) return null;
        var text = string.Join("\n", paragraphs.Prepend(title));
        // 开发区团工委…, 开发区扶贫协会… in a zone's column of briefs: the zone written by its kind alone (the item names no
        // place, or it would not be asked) is the one the page is about, wherever the page places it.
        if (OwnArea().Match(text) is not { Success: true } own)
            return BareZone().IsMatch(text) ? pageDominant.GetValue(page, DominantOfPage).Value : null;
        var depth = own.Groups[1].Value == "省" ? 1 : 2;
        return pageDominant.GetValue(page, DominantOfPage).Value is { } dominant && dominant.Count(c => c == '/') + 1 >= depth
            ? Gazetteer.UpToDepth(dominant, depth) : null;
    }

    /// <summary>
    /// The place a page of several items names most, found once per page however many of its items ask; none when its
    /// paragraphs, each read on its own, are placed in two provinces or more: a tag page or a digest gathering teasers
    /// from several places' sites (某省某市总工会… over 某区庆祝…大会) has no area of its own for an item's 我市.
    /// </summary>
    private StrongBox<string?> DominantOfPage(IReadOnlyList<string> page)
    {
        var paragraphs = page.Select(fold.Fold).ToList();
        // Each paragraph read beside the page's places: a county's short form inside a name (see PlacesOfPage) places none.
        List<string> OfPage() => pagePlaces.GetValue(page, PlacesOfPage);
        var provinces = paragraphs.Select(p => new PlaceCounts(gazetteer, "", [], [p], [], pagePlaces: OfPage).Dominant()).OfType<string>()
            .Select(p => Gazetteer.UpToDepth(p, 1)).Distinct(StringComparer.Ordinal).Count();
        return new(provinces > 1 ? null : new PlaceCounts(gazetteer, "", [], paragraphs, [], pagePlaces: OfPage).Dominant());
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:我|全)(省|市)")]
    private static partial System.Text.RegularExpressions.Regex OwnArea();

    // A development or high-tech zone written by its kind alone (asked of an item that names no place: OwnAreaOfPage).
    [System.Text.RegularExpressions.GeneratedRegex("开发区|高新区|经开区")]
    private static partial System.Text.RegularExpressions.Regex BareZone();

    /// <summary>
    /// The province a page names places of, when it names one only: what settles a name several places share in one of
    /// its items. A page of several provinces settles nothing (a municipality's district and a city of another province
    /// would weigh unevenly as context).
    /// </summary>
    private List<string> AreasOfPage(IReadOnlyList<string> page) =>
        pagePlaces.GetValue(page, PlacesOfPage).Select(p => Gazetteer.UpToDepth(p, 1)).Distinct().ToList() is [var only] ? [only] : [];

    /// <summary>
    /// The one province a page names, by the province's own name or by its places' full names (某某市, 某某县), short
    /// forms of places inside provinces left out: a forest area's page names its bureaus after rivers and hills whose
    /// short forms are other provinces' places (阿里河 holds 阿里); null when it names none or several.
    /// </summary>
    private string? ProvinceWrittenInFull(IReadOnlyList<string> page) =>
        page.Select(fold.Fold).SelectMany(p => gazetteer.Mentions(p)).Where(m => m.ByFullName || !m.Path.Contains('/')).Select(m => Gazetteer.UpToDepth(m.Path, 1))
            .Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    private List<string> PlacesOfPage(IReadOnlyList<string> page)
    {
        // 西山 of an enterprise's name (某山煤电) in one item of a page whose other items name another province's
        // districts in full: two characters of a name, not a county of a province the page names nothing else of.
        var mentions = page.Select(fold.Fold).SelectMany(p => gazetteer.Mentions(p)).ToList();
        var strays = PlaceCounts.StrayCountyShortForms(gazetteer, mentions);
        return mentions.Where(m => m.ByFullName || !strays.Contains(m.Path)).Select(m => m.Path).Distinct().ToList();
    }

    /// <summary>
    /// Where the report of an organisation named with a province alone, other than that place's general union (福建邮政工会,
    /// 某省电力公司工会, 某大学工会 by its province), happens: the place the text names most, when it lies inside that province.
    /// A place's own union keeps its place (某省总工会 visiting a city is still the province's news), as does the province's
    /// sector union (某省交通工会, 某省农林水利气象工会: a provincial body, whichever city it visits), and so does a zone's
    /// named after two places (甲-乙经济技术开发区总工会: the province they share).
    /// </summary>
    private string? Narrowed(string organisation, string region, string title, List<string> headings, List<string> paragraphs, List<string> credits, PlaceCounts places) =>
        region.Contains('/') || IsPlaceUnion(organisation) || ProvincialSectorUnion.Is(organisation, region) || gazetteer.PlaceOfDashedZone(organisation) is not null
            || PlacesWithoutVisitors(title, headings, paragraphs, credits, places).Dominant() is not { } named
            || named == region || !Gazetteer.Within(named, region)
            ? null : named;

    /// <summary>
    /// The title's place, or the place the text is most about when that lies inside it (厦门某社区… over a text of one of
    /// 厦门's districts, 湖里区总工会和某街道的支持下…): the headline names the city, the text says where in it.
    /// </summary>
    private string? InsideTitlesPlace(string titlePlace, string title, List<string> headings, List<string> paragraphs, List<string> credits, PlaceCounts places, string titleForPlace) =>
        PlacesWithoutVisitors(title, headings, paragraphs, credits, places, titleForPlace).Dominant() is { } named && named != titlePlace && Gazetteer.Within(named, titlePlace)
            ? named : null;

    /// <summary>
    /// The title's place, or the county of a town the title names inside it (某街道某社区荣获“某省…”称号: the province
    /// is the award's, the street says where the news is; towns.tsv settles its county).
    /// </summary>
    private string DownToTitlesTown(string title, string titlePlace, PlaceCounts places) =>
        gazetteer.PlaceOfName(places.WithoutPeople(WithoutVisitors(title, places)), places.Top) is { } inTown && Gazetteer.Within(inTown, titlePlace) ? inTown : titlePlace;

    /// <summary>
    /// The title without a county it names only by its short form when the text names other places and none in that
    /// county's province but by the same short form: a word of the headline (“工”暖滨城 over a text of 滨海新区 that
    /// calls it 滨城 too: a city's nickname that is also a district's short form), not its place.
    /// </summary>
    private string WithoutUnbackedShortForm(string title, List<string> paragraphs, PlaceCounts places)
    {
        var mentions = gazetteer.Mentions(places.WithoutPeople(WithoutVisitors(title, places)), places.Top);
        if (mentions.Count != 1 || mentions[0] is not { ByFullName: false } mention || gazetteer.PlaceAt(mention.Path) is not { Kind: PlaceKind.County }) return title;
        var province = Gazetteer.UpToDepth(mention.Path, 1);
        var inText = paragraphs.SelectMany(p => gazetteer.Mentions(p, places.Top)).ToList();
        if (!inText.Any(m => m.ByFullName || m.Path != mention.Path) || inText.Any(m => Gazetteer.Within(m.Path, province) && (m.ByFullName || m.Path != mention.Path))) return title;
        var chars = title.ToCharArray();
        chars.AsSpan(mention.At, mention.Length).Fill('　');
        return new string(chars);
    }

    /// <summary>
    /// The title without the place an enterprise's branch is named after (某集团上海分公司) when the title goes on to name
    /// a place outside it (…上海分公司潜江某项目): the branch's place is where the enterprise is organised, the later one
    /// where its site is and the news happens. A branch named last (某公司芜湖分公司) keeps its place.
    /// </summary>
    private string WithoutBranchPlace(string title, PlaceCounts places)
    {
        var mentions = gazetteer.Mentions(title, places.Top);
        char[]? chars = null;
        for (var i = 0; i < mentions.Count - 1; i++)
        {
            var branch = mentions[i];
            var after = title.AsSpan(branch.At + branch.Length);
            if (!after.StartsWith("分公司", StringComparison.Ordinal) && !after.StartsWith("分行", StringComparison.Ordinal)) continue;
            if (!mentions.Skip(i + 1).Any(later => !Gazetteer.Within(later.Path, branch.Path) && !Gazetteer.Within(branch.Path, later.Path))) continue;
            (chars ??= title.ToCharArray()).AsSpan(branch.At, branch.Length).Fill('　');
        }
        return chars is null ? title : new string(chars);
    }

    /// <summary>The place of <c>在某地举办/举行/召开</c> in the title or the first two paragraphs, when it lies inside the title's place (or the title names none).</summary>
    private string? Venue(string title, IReadOnlyList<string> paragraphs, string? inTitle, PlaceCounts places)
    {
        // The lead is the first two paragraphs of prose: a source or date line above it (来源：某报 2006年10月13日) says nothing of where.
        foreach (var text in paragraphs.Where(p => Sentences.FirstEnd(p) >= 0).Take(2).Prepend(title))
            foreach (System.Text.RegularExpressions.Match m in VenuePhrase().Matches(text))
                if (gazetteer.MostSpecificIn(m.Groups[1].Value, places.Top) is { } venue && (inTitle is null || venue.Length > inTitle.Length && Gazetteer.Within(venue, inTitle)))
                    return venue;
        return null;
    }

    // 成立, 签订, 签署: unions of several places founding an alliance or signing an agreement together (在某地成立/签订) act
    // where they meet, as a meeting does where it is held.
    [System.Text.RegularExpressions.GeneratedRegex("在([\\u4e00-\\u9fff]{2,8}?)(?:举办|举行|召开|开幕|启动|成立|签订|签署)")]
    private static partial System.Text.RegularExpressions.Regex VenuePhrase();

    /// <summary>
    /// Whether a text placed only by its visitors says they came to the writer's own area (来我县, 到我市) while their
    /// place is of that level or below: a county's union visiting 我县 comes from another county, so its place is not
    /// the host's, and the host, never named, places nothing. A higher visitor (省总工会来我县) still places the host
    /// inside its area, as before.
    /// </summary>
    private bool VisitorsCameToAPeer(string visited, string title, List<string> paragraphs)
    {
        var depth = visited.Count(c => c == '/') + 1;
        foreach (var text in paragraphs.Prepend(title))
            foreach (System.Text.RegularExpressions.Match m in CameToWriters().Matches(text))
            {
                if (depth < (m.Groups[1].Value is "县" or "区" or "旗" ? 3 : 2)) continue;
                // The place must be the visitors' own, written in the clause before 来我县 (某市总工会一行来我县).
                var start = text.AsSpan(0, m.Index).LastIndexOfAny(Sentences.StopsOrSemicolon) + 1;
                if (gazetteer.Mentions(text[start..m.Index]).Any(p => p.Path == visited)) return true;
            }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:来|到)我(县|区|旗|市|州|盟)")]
    private static partial System.Text.RegularExpressions.Regex CameToWriters();

    /// <summary>
    /// The region read from the page for an enterprise's or institution's union (no place of its own) unless it is only
    /// where the union went (赴某地参观, 前往某地看望, 到某地疗休养): an outing's or a delivery trip's destination is not the
    /// unit's seat. The destination and the places inside it are left out; what the text names besides places the
    /// report, else nothing does. An area's union and the national federation keep the place they go to: they act there
    /// (全国总工会慰问团来到某市), as the visit conventions read it.
    /// </summary>
    private (string? Region, string Source) NotTheTripsDestination(string organisation, (string? Region, string Source) own,
        string title, List<string> headings, List<string> paragraphs, List<string> credits, PlaceCounts places)
    {
        if (own.Region is null || organisation.Length == 0 || organisation == OrganisationNames.NationalName
            || OrganisationNames.BareLevel(organisation) is not null || IsPlaceUnion(organisation)) return own;
        var destinations = new List<string>();
        var maskedTitle = WithoutDestinations(title, places, destinations);
        var masked = paragraphs.Select(p => WithoutDestinations(p, places, destinations)).ToList();
        if (!destinations.Any(d => Gazetteer.Within(own.Region, d))) return own;
        var rest = new PlaceCounts(gazetteer, maskedTitle, headings, masked, credits, zoneShortForms: places.ZoneShortForms).Dominant();
        return rest is not null && !destinations.Any(d => Gazetteer.Within(rest, d)) ? (rest, "text") : (null, "none");
    }

    /// <summary>The text with the destinations of trips blanked out, their places added to <paramref name="destinations"/>.</summary>
    private string WithoutDestinations(string text, PlaceCounts places, List<string> destinations)
    {
        char[]? chars = null;
        foreach (System.Text.RegularExpressions.Match m in TripTo().Matches(text))
        {
            var span = m.Groups[2];
            // A trip only with what one goes there for in the same clause (参观, 疗休养, 看望…): 赴某公司开展调研 is a
            // visit, read by the visit conventions.
            if (m.Groups[1].Value is not ("游览" or "畅游" or "逛") && !TripPurpose().IsMatch(span.Value)) continue;
            var found = gazetteer.Mentions(span.Value, places.Top).Select(p => p.Path).ToList();
            if (found.Count == 0 && gazetteer.PlaceOfName(span.Value, places.Top) is { } town) found.Add(town);
            if (found.Count == 0) continue;
            destinations.AddRange(found);
            (chars ??= text.ToCharArray()).AsSpan(span.Index, span.Length).Fill('　');
        }
        return chars is null ? text : new string(chars);
    }

    // 受到, 得到, 达到, 感到, 看到…: no trip.
    [System.Text.RegularExpressions.GeneratedRegex("(赴|前往|奔赴|游览|畅游|逛|(?<![受得达感看想做遇听收提报迟周直办考])到)([^，。；！？,;:：、]{1,20}(?:、[^，。；！？,;:：、]{1,20})*)")]
    private static partial System.Text.RegularExpressions.Regex TripTo();

    [System.Text.RegularExpressions.GeneratedRegex("参观|疗休养|休养|疗养|旅游|游览|研学|踏青|看望|慰问")]
    private static partial System.Text.RegularExpressions.Regex TripPurpose();

    /// <summary>
    /// The places of the text once the names of visiting unions are left out (四川省总工会…来…调研 does not place the report
    /// in 四川省 alone), the title read as <paramref name="titleForPlace"/> when given.
    /// </summary>
    private PlaceCounts PlacesWithoutVisitors(string title, List<string> headings, List<string> paragraphs, List<string> credits, PlaceCounts places, string? titleForPlace = null)
    {
        var maskedTitle = WithoutVisitors(titleForPlace ?? title, places);
        var masked = paragraphs.Select(p => WithoutVisitors(p, places)).ToList();
        return ReferenceEquals(maskedTitle, title) && masked.Select((p, i) => ReferenceEquals(p, paragraphs[i])).All(same => same)
            ? places
            : new PlaceCounts(gazetteer, maskedTitle, headings, masked, credits, zoneShortForms: places.ZoneShortForms);
    }

    /// <summary>The text with the names of visiting unions blanked out; the same instance when there are none.</summary>
    private string WithoutVisitors(string text, PlaceCounts places)
    {
        char[]? chars = null;
        foreach (var m in Mentions(text, places))
            if (m.Role == OrganisationRole.Visitor) (chars ??= text.ToCharArray()).AsSpan(m.Start, m.End - m.Start).Fill('　');
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// The unions a text names, a visitor that goes to another province (某市总工会一行赴西藏某县考察援藏工作) read as
    /// acting: a visit across provinces is the visitor's own programme (aid, a study trip), told from its side.
    /// </summary>
    private IReadOnlyList<OrganisationMention> Mentions(string text, PlaceCounts places)
    {
        var found = names.Find(text, places.Top, places.ZoneShortForms);
        if (!found.Any(m => m.Role == OrganisationRole.Visitor)) return found;
        return found.Select(m => m.Role == OrganisationRole.Visitor && GoesToAnotherProvince(text, m) ? m with { Role = OrganisationRole.Actor } : m).ToList();
    }

    private bool GoesToAnotherProvince(string text, OrganisationMention visitor)
    {
        if (visitor.Name == OrganisationNames.NationalName || OrganisationNames.BareLevel(visitor.Name) is not null) return false;
        if (organisations.RegionOf(visitor.Name) is not { } own) return false;
        var province = own.Split('/')[0];
        var rest = text.AsSpan(visitor.End, Math.Min(40, text.Length - visitor.End));
        var stop = rest.IndexOfAny(Sentences.StopsOrSemicolon);
        if (stop >= 0) rest = rest[..stop];
        var visit = VisitWord().Match(rest.ToString());
        if (!visit.Success) return false;
        var way = rest[..visit.Index].ToString();
        return gazetteer.Mentions(way).Any(p => p.Path.Split('/')[0] != province);
    }

    [System.Text.RegularExpressions.GeneratedRegex("调研|考察|视察|学习|参观|观摩|检查")]
    private static partial System.Text.RegularExpressions.Regex VisitWord();

    /// <summary>
    /// Another organisation, when a passage is clearly that organisation's own work: its name opens the passage and it
    /// acts (<c>青浦区总工会联合…</c>), it is not the report's organisation, and the report's organisation was not given.
    /// </summary>
    public string? PassageActor(string paragraph, Attribution report) => PassageActorWithEvidence(paragraph, report)?.Organisation;

    /// <summary>The same, with the words that show it (the name as written and what follows it).</summary>
    public (string Organisation, string Evidence)? PassageActorWithEvidence(string paragraph, Attribution report)
    {
        if (report.OrganisationGiven || report.OrganisationSource == "none") return null;
        var text = Dedup.TextNormalizer.WithoutOrdinal(fold.Fold(paragraph));
        var context = report.Region is null ? null : new[] { report.Region };
        foreach (var mention in names.Find(text[..Math.Min(text.Length, 100)], context))
        {
            // The subject of one of the opening sentences: the name stands near the start of its sentence.
            var sentenceStart = text.LastIndexOfAny(Sentences.StopsOrSemicolon, Math.Max(0, mention.Start - 1)) + 1;
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
    public string? RegionOf(string organisation) => gazetteer.AsDivision(organisations.RegionOf(organisation));

    // What follows a name when it is the subject of the sentence: a verb, not 的/和/、/主席.
    private static bool ActsAfter(string rest) =>
        rest.Length > 0 && rest[0] is not ('的' or '和' or '与' or '、' or '及' or '，' or ',' or '。' or '主' or '副' or '党' or '领' or '等' or '”' or '"')
        && !rest.StartsWith("工作", StringComparison.Ordinal);

    private (string Name, string Source)? Best(string title, string byline, IReadOnlyList<string> headings, IReadOnlyList<string> paragraphs,
        IReadOnlyList<string> credits, PlaceCounts places, out OrganisationChoice? choice)
    {
        choice = null;
        var context = places.Top;
        var titleMentions = Mentions(title, places);
        var headingMentions = headings.Select(h => Mentions(h, places)).ToList();
        var paragraphMentions = paragraphs.Select(p => Mentions(p, places)).ToList();
        // A bare 区总工会 is the district union the document names in full (黄浦区总工会 … 区总工会), if it names one.
        var named = NamedPlaceUnions(titleMentions.Concat(headingMentions.SelectMany(m => m)).Concat(paragraphMentions.SelectMany(m => m)),
            headings.Prepend(title).Concat(paragraphs));
        // 甲市总工会一行到市总工会交流: the host writes its own union bare; it is not the guests'.
        HostWrittenBare(named, [(title, titleMentions), .. headings.Select((h, i) => (h, headingMentions[i])), .. paragraphs.Select((p, i) => (p, paragraphMentions[i]))], places);

        // A title that is nothing but a union's name whose place the text never names, while it names others, is a
        // page's keyword (a content farm files a city's report under a province's union): that name counts as chrome.
        var keyword = TitleOnlyNamesAnotherPlace(title, titleMentions, paragraphs, places, named)
            ?? SiteNameOverHeadline(title, titleMentions, headingMentions, places, named);

        var scores = new Dictionary<string, (double Score, string Source, double Strongest)>(StringComparer.Ordinal);
        // The candidates' features are gathered only when a learnt scorer chooses or the choice is being recorded.
        var measuring = scorer is not null || recordChoices;
        var evidence = new Dictionary<string, CandidateEvidence>(StringComparer.Ordinal);
        // The forms each merged candidate was written in (see MergeForms below).
        var forms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Add(string? name, double raw, string source, OrganisationFeature feature, OrganisationMention? mention = null)
        {
            if (string.IsNullOrEmpty(name)) return;
            if (measuring)
            {
                if (!evidence.TryGetValue(name, out var seen)) evidence[name] = seen = new CandidateEvidence(evidence.Count);
                seen.Count(feature, mention is not null && (OrganisationNames.BareLevel(mention.Name) is not null || names.LeadingLevel(mention.Name) is not null));
            }
            if (name == keyword && raw > 0.3) raw = 0.3;
            var score = National(name, raw, source == "text");
            var (total, best, strongest) = scores.GetValueOrDefault(name, (0, source, double.MinValue));
            scores[name] = (total + score, raw > strongest ? source : best, Math.Max(strongest, raw));
        }
        // The national federation is named in most local news (its awards, its funds, its campaigns): in the text it
        // is the actor only when no local union is named as much.
        var localNamed = titleMentions.Concat(headingMentions.SelectMany(m => m)).Concat(paragraphMentions.SelectMany(m => m))
            .Any(m => m.Name != OrganisationNames.NationalName && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser or OrganisationRole.Host
                && Resolve(m.Name, places, named) is not null);
        double National(string name, double score, bool inText) =>
            name == OrganisationNames.NationalName && score > 0 ? score * (!localNamed ? 1 : inText ? 0.25 : 0.4) : score;

        var breadcrumbTitle = Breadcrumb().IsMatch(title);
        if (byline.Length > 0 && organisations.FromByline(byline) is { } fromByline) Add(Resolve(fromByline, places, named), 8, "byline", OrganisationFeature.Byline);
        foreach (var mention in titleMentions)
        {
            var name = Resolve(mention.Name, places, named);
            if (name is null) continue;
            var (raw, feature) = mention.Role switch
            {
                // 某市总工会 > 基层信息: a title that is the site's breadcrumb names the site, not the news.
                _ when breadcrumbTitle => (0.3, OrganisationFeature.TitleChrome),
                OrganisationRole.Visitor => (-3, OrganisationFeature.TitleVisits),
                OrganisationRole.Source or OrganisationRole.Informant => (0.5, OrganisationFeature.TitleQuoted),
                OrganisationRole.Recipient or OrganisationRole.Escort or OrganisationRole.Venue => (0.5, OrganisationFeature.TitlePassive),
                _ => mention.Start <= 2 ? (6, OrganisationFeature.TitleOpens) : (5, OrganisationFeature.TitleActs),
            };
            Add(name, raw, "title", feature, mention);
        }
        // The first heading is the headline when the title is a site's or a page's name.
        var titleNamesOne = !breadcrumbTitle && keyword is null && titleMentions.Any(m => m.Role is not (OrganisationRole.Source or OrganisationRole.Informant));
        for (var h = 0; h < headingMentions.Count; h++)
            foreach (var mention in headingMentions[h])
            {
                var name = Resolve(mention.Name, places, named);
                if (name is null) continue;
                var headline = h == 0 && !titleNamesOne;
                var (raw, feature) = mention.Role switch
                {
                    OrganisationRole.Visitor => (-2, headline ? OrganisationFeature.HeadlineVisits : OrganisationFeature.HeadingVisits),
                    OrganisationRole.Source or OrganisationRole.Informant or OrganisationRole.Recipient or OrganisationRole.Escort or OrganisationRole.Venue
                        => (0.3, headline ? OrganisationFeature.HeadlineQuoted : OrganisationFeature.HeadingQuoted),
                    _ => headline ? (4, OrganisationFeature.HeadlineActs) : (1, OrganisationFeature.HeadingActs),
                };
                Add(name, raw, "title", feature, mention);
            }

        var perName = new Dictionary<string, double>(StringComparer.Ordinal);
        // The news begins at the first paragraph that is not the site's chrome (青海省总工会简介 … 更多>, a line that is
        // only the site owner's name).
        var first = 0;
        while (first < paragraphs.Count - 1 && first < 3 && (IsSiteChrome(paragraphs[first], paragraphMentions[first])
            // 某省总工会是全省工会组织的领导机关…: the site owner's profile box over a news item that names a union of its own.
            || UnionProfile().IsMatch(paragraphs[first].TrimStart()) && paragraphMentions[first + 1].Count > 0)) first++;
        // 甲市总工会、乙市总工会、丙市总工会签署协议: unions acting together, none of them the news's own, unless the
        // headline names one acting.
        // Unions of different levels of one area acting together (市总工会、甲区总工会、乙县总工会分别深入…) are the highest
        // one's work, as the labels' convention reads them: the city's campaign carried with its districts.
        string? ranked = null;
        if (!titleNamesOne && first < paragraphs.Count && ActTogether(paragraphs[first], paragraphMentions[first], places, named, out var together)
            && (ranked = HighestOf(together, places)) is null) return Decided(null, out choice);
        ranked ??= RankedTogether(title, titleMentions, paragraphs, paragraphMentions, first, places, named);
        // 全市工会系统开展… / 全市各级工会…: the unions of a whole area together, when neither the headline nor the lead's
        // first sentence names one of them.
        if (ranked is null && titleMentions.Count == 0 && first < paragraphs.Count && WholeAreaActs(title, paragraphs[first], paragraphMentions[first])) return Decided(null, out choice);
        // 天津市各级工会开展… / 各街道工会均启动…, then several of the area's unions each doing their part: the area's unions
        // severally, none of them the news's own. Named alone (某州各级工会 with only 州、县总工会), they are led by the area's general union.
        // The headline's 某市各级工会 is read as a mention of the city's union, but it is the area's unions this reads, not one named.
        // When the lead names that union itself acting (某省总工会第一时间部署…), it leads its area's unions, as the labels read it.
        static bool AreaWide(OrganisationMention m) => m.Written.EndsWith("各级工会", StringComparison.Ordinal);
        var areaLed = titleMentions.Concat(headingMentions.Count > 0 ? headingMentions[0] : []).Where(AreaWide).Select(m => Resolve(m.Name, places, named)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var areaUnionActsInLead = paragraphMentions.Skip(first).Take(2).SelectMany(p => p)
            .Any(m => !AreaWide(m) && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser && Resolve(m.Name, places, named) is { } n && areaLed.Contains(n));
        bool NamedOnItsOwn(OrganisationMention m) => !AreaWide(m) || areaUnionActsInLead;
        var titleNamesOneByName = titleNamesOne && titleMentions.Any(m => m.Role is not (OrganisationRole.Source or OrganisationRole.Informant) && NamedOnItsOwn(m));
        if (ranked is null && !titleNamesOneByName && (headingMentions.Count == 0 || !headingMentions[0].Any(m => m.Role is OrganisationRole.Actor or OrganisationRole.Organiser && NamedOnItsOwn(m)))
            && first < paragraphs.Count && AreaUnionsActSeverally(title, headings, paragraphs[first], first + 1 < paragraphs.Count && paragraphMentions[first].Count == 0 ? paragraphs[first + 1] : "", paragraphMentions, places, named)) return Decided(null, out choice);
        // 甲县总工会、乙县总工会相继开展…, 某部、市总工会、某区总工会主办: general unions acting together as equals, read
        // before scoring; recorded with the candidates when measuring, so the harness can judge each shape.
        // As for three unions opening the lead, a headline in which one union acts on its own (more than its name alone,
        // which a section's heading taken for the title may be) says whose news it is.
        var titleActor = titleMentions.Where(m => m.Role is OrganisationRole.Actor or OrganisationRole.Organiser).Select(m => m.Name).Distinct().ToList();
        var joint = titleActor.Count == 1 && title.Trim().Length > titleMentions.Max(m => m.End - m.Start) + 1 ? JointAction.None
            : JointShapes(title, headings, headingMentions, titleMentions, paragraphs, paragraphMentions, first,
                laterParagraphs: recordChoices || (JointActions.Deciding & JointAction.ListedTogetherLater) != 0);
        var jointDecides = ranked is null && (joint & JointActions.Deciding) != 0;
        if (jointDecides && !recordChoices) return Decided(null, out choice);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var chrome = i < first;
            var lead = i == first;
            var opening = lead ? FirstSentenceEnd(paragraph) : -1;
            foreach (var mention in paragraphMentions[i])
            {
                var name = Resolve(mention.Name, places, named);
                if (name is null) continue;
                var (score, feature) = mention.Role switch
                {
                    _ when chrome => (0.3, OrganisationFeature.Chrome),
                    OrganisationRole.Visitor => (-2, lead ? OrganisationFeature.LeadVisits : OrganisationFeature.TextVisits),
                    OrganisationRole.Source or OrganisationRole.Informant => (0.3, lead ? OrganisationFeature.LeadQuoted : OrganisationFeature.TextQuoted),
                    // （其中省总工会拨付…）: a union named in an aside is not what the sentence is about.
                    _ when InsideParentheses(paragraph, mention.Start) => (0.3, OrganisationFeature.TextAside),
                    OrganisationRole.Host => (2, OrganisationFeature.TextHosts),
                    OrganisationRole.Escort => (0.5, OrganisationFeature.TextPassive),
                    OrganisationRole.Recipient or OrganisationRole.Venue => (0.3, OrganisationFeature.TextPassive),
                    OrganisationRole.Organiser => (3, OrganisationFeature.TextOrganises),
                    // 某某说：“…县总工会打造了…”: a union someone speaks of is what the speaker saw, not the news's subject.
                    _ when InsideSpeech(paragraph, mention.Start) => (0.5, OrganisationFeature.TextAside),
                    // 近日，某某总工会…: the subject of a sentence that opens with when it happened.
                    _ when mention.Start < opening => (3, OrganisationFeature.LeadSubject),
                    _ when AfterTimeLead(paragraph, mention.Start) => (3, OrganisationFeature.TextSubject),
                    // …公布…名单，其中某某工会榜上有名: the unit honoured on a higher union's list is what the sentence is about.
                    _ when HonouredOnList(paragraph, mention.Start, mention.End) => (3, lead ? OrganisationFeature.LeadSubject : OrganisationFeature.TextSubject),
                    _ => (1, lead ? OrganisationFeature.LeadActs : OrganisationFeature.TextActs),
                };
                // Frequency counts, but a name repeated down a long text should not outweigh the title.
                var sofar = perName.GetValueOrDefault(name);
                if (score > 0 && sofar >= 5) score = 0.1;
                perName[name] = sofar + score;
                Add(name, score, "text", feature, mention);
            }
        }
        // 这个冬季，某某地区投入资金建设…: the lead names an area as the actor and no union; the area's general union is
        // the one such news is about.
        if (AreaActingInLead(paragraphs, first) is { } area) Add(names.OfficialPrefix(area) + "总工会", 2, "text", OrganisationFeature.AreaActsInLead);
        // 某分公司组织员工参观…, 某学院组织工会会员…: a unit that acts in the headline, or opens a clause of the lead's first
        // sentence, while the headline names no union acting: the unit's own union, as for an area acting.
        if (!titleMentions.Any(m => m.Role is OrganisationRole.Actor or OrganisationRole.Organiser) && UnitActingInLead(title, paragraphs, first, context) is { } unit)
            Add(Resolve(unit, places, named), 2, "text", OrganisationFeature.AreaActsInLead);
        // A text that says 我市 or 我县 is written from a city or a county: a union above that level in it (the province
        // awarding, the prefecture inspecting) is the writer's superior, not the writer, when a union of the writer's level is named.
        var own = FirstPersonLevel(title, paragraphs);
        if (own is not null)
        {
            var above = scores.Keys.Where(n => Above(n, own) == true).ToList();
            if (above.Count > 0 && scores.Any(s => s.Value.Score > 0.5 && Above(s.Key, own) == false))
                foreach (var name in above) scores[name] = scores[name] with { Score = scores[name].Score * 0.3 };
        }

        // What the report gets when a candidate is chosen (not a choice, so the same whichever scorer chose): the union
        // that founds it, or its name written out in full as a credit or the text gives it.
        (string Name, string Source)? Finish(string key, string source)
        {
            // A union being founded (某某行业工会联合会正式成立) is the work of the general union that founds it, when one
            // takes part; a new union whose place the text never names has no name to file it under. A town's or street's
            // general union is founded by its county's (or zone's) union: a city or province union that congratulates
            // or set the plan is not its founder, and without its county's union the new town union is its own news.
            if (!IsPlaceUnion(key) && (forms.TryGetValue(key, out var written) ? written : [key]) is var keyForms
                && keyForms.Any(k => IsFounded(k, title, headings, paragraphs, places, named))
                // 某开发区工会召开第一次代表大会: a zone's union holding its own first congress in the headline is its own
                // news, whichever union above attends or congratulates (an enterprise's or a town's keeps the rules below).
                && !(ZoneUnion().IsMatch(key) && keyForms.Any(k => HoldsOwnFirstCongress(k, title, titleMentions, places, named))))
            {
                var town = OrganisationNames.IsTownUnion(key);
                var founder = scores.Where(s => s.Value.Score > 0 && s.Key != key && (IsPlaceUnion(s.Key) || ZoneUnion().IsMatch(s.Key))
                        && (!town || FoundsTownUnions(s.Key)))
                    .OrderByDescending(s => s.Value.Score).Select(s => (s.Key, s.Value.Source)).FirstOrDefault();
                if (founder.Key is not null) return (founder.Key, founder.Source);
                // 某某矿业公司工会召开第一届会员大会: an enterprise founding its own union with no union above taking part is
                // filed under the enterprise, whose name needs no place.
                if (gazetteer.Mentions(key).Count == 0 && !(town && gazetteer.TownOfUnit(OrganisationNames.Stem(key)) is not null)
                    && !OrganisationNames.OfEnterprise(key)) return null;
            }
            return WrittenOut(key, source);
        }
        // The unions the credit lines name, read once per report: every candidate is written out against them.
        List<string>? creditNames = null;
        // The union's name written out in full, as a credit or the text gives it: the same union, whoever founded it.
        (string Name, string Source) WrittenOut(string key, string source)
        {
            // 经开区总工会 in the text, 来源：天津经济技术开发区总工会 in the credits: the credit writes the same name in full.
            creditNames ??= credits.SelectMany(credit => names.Find(credit)).Select(mention => mention.Name).ToList();
            foreach (var creditName in creditNames)
                if (OrganisationNames.Abbreviates(key, creditName)) return (creditName, source);
            // 狮山镇总工会 in the title, 佛山市南海区狮山镇总工会 in the text: the same union, written out once in full.
            // 三矿工会 in the text, 某某集团某某公司三矿工会 where the text first names it: the unit with its enterprise.
            var fuller = scores.Where(s => s.Value.Score > 0 && s.Key.Length > key.Length && s.Key.EndsWith(key, StringComparison.Ordinal)
                    && (names.IsPlacePrefix(s.Key[..^key.Length], context) || EnterpriseOwner().IsMatch(s.Key[..^key.Length])))
                .OrderByDescending(s => s.Key.Length).Select(s => s.Key).FirstOrDefault();
            // 某局集团公司工会 in the title, 中国某铁路局集团有限公司工会 in the text: an enterprise's name shortened by leaving words out.
            // 某社区工会 in the title, 某区某街道某社区工会联合会 in the text; 某行业工会联合会 and 某市某某行业工会联合会: a plain
            // 工会 may also be the short of a 工会联合会 or 工会委员会, but not the union of another place (武汉市某区教育工会).
            fuller ??= key.Contains("工会", StringComparison.Ordinal) && !key.EndsWith("总工会", StringComparison.Ordinal)
                ? scores.Where(s => s.Value.Score > 0 && s.Key.Length > key.Length && SameSuffixOrFormal(key, s.Key)
                        && (ShortenedFrom(key, s.Key) || BrandShortenedFrom(key, s.Key) || InitialsOf(key, s.Key)) && !NamesAnotherPlace(key, s.Key) && !UnitInside(key, s.Key))
                    .OrderByDescending(s => s.Value.Score).Select(s => s.Key).FirstOrDefault()
                : null;
            // 运河煤矿工会 in the text, which opens a clause once with 某某能源运河煤矿: the unit of that enterprise.
            fuller ??= names.UnitWrittenInFull(key, headings.Prepend(title).Concat(paragraphs), context);
            // 经开区总工会 in a text that writes its zone once after its place (遂宁经开区): that zone's union.
            fuller ??= names.ZoneWrittenInFull(key, headings.Prepend(title).Concat(paragraphs), context);
            // 某某光电公司工会 in a text that writes the company's legal name (河南某某光电有限公司): the union of that company.
            fuller ??= names.LegalNameWrittenInFull(key, headings.Prepend(title).Concat(paragraphs), context);
            // 某某集团某某煤矿工会 in a text that writes the group once with more words before it (中国某某某某集团).
            fuller ??= names.EnterpriseWrittenLonger(key, headings.Prepend(title).Concat(paragraphs), context);
            // 沈铁局工会 in a text that writes the bureau out once without its union (沈阳铁路局第某届职代会): the union
            // under the unit's name written in full, as the labels name an employer by the longest name the text gives it.
            fuller ??= UnitOfInitials(key, headings.Prepend(title).Concat(paragraphs));
            var chosen = fuller ?? key;
            // 狮山镇总工会 alone (also as the full form of 狮山镇工会), 某街道某社区工会联合会: a town's or street's union, or
            // its community's, carries its county-level place (南海区 → 佛山市南海区): the one the text is about, else the one
            // the town lies in.
            // 石门二路街道总工会: a street of the table whose own name opens with a place's short form is written out
            // likewise, but only with a county the table has it in — the place inside its name is not where it lies.
            var stemOfChosen = OrganisationNames.Stem(chosen);
            var placesInChosen = gazetteer.Mentions(chosen);
            var namedFromPlace = placesInChosen is [{ At: 0, ByFullName: false } inside] && inside.Length < stemOfChosen.Length
                && gazetteer.CountiesOfTown(stemOfChosen).Count > 0;
            if (gazetteer.TownOfUnit(stemOfChosen) is { } town && (placesInChosen.Count == 0 || namedFromPlace))
            {
                var about = places.Dominant();
                var county = about is not null && gazetteer.PlaceAt(about)?.Kind == PlaceKind.County
                        && (!namedFromPlace || gazetteer.CountiesOfTown(town).Contains(about)) ? OwnDistrictInCity(town, about)
                    : gazetteer.CountyOfTown(town, about is null ? places.Top : [about, .. places.Top]);
                if (county is not null) return (names.OfficialPrefix(county) + chosen, source);
                // 某镇工会 on its county's site (责任编辑：某市某区总工会), a town towns.tsv does not know (renamed or merged
                // since the table was made) and no county the text is about: the one county whose general union the credits
                // name is the town's, and the town's union is its general union (labels' conv24 (3)), as for a known town.
                if (namedFromPlace is false && town == stemOfChosen && gazetteer.CountiesOfTown(town).Count == 0 && CreditedCounty() is { } credited)
                    return (names.OfficialPrefix(credited) + (chosen.EndsWith("总工会", StringComparison.Ordinal) ? chosen : stemOfChosen + "总工会"), source);
            }
            // 某镇某某行业联合工会, 某街道商圈工会联合会: a town's federation of its small firms or of a sector is named after
            // the town as the town's own union is, and carries its county-level place likewise.
            if (placesInChosen.Count == 0 && TownFederation(chosen, stemOfChosen) is { } federationTown
                && gazetteer.CountyOfTown(federationTown, places.Dominant() is { } federationAbout ? [federationAbout, .. places.Top] : places.Top) is { } federationCounty)
                return (names.OfficialPrefix(federationCounty) + chosen, source);
            // 某社区工会 written without its street in a text about one county (某区某街道…某社区工会, 来源：某区总工会): the
            // community's union carries that county, and the one street or town of it the text names, as when it is
            // written under its street (labels write a community's union out in full).
            if (placesInChosen.Count == 0 && CommunityUnionAlone(stemOfChosen)
                && (places.Dominant() is { } dominant && gazetteer.PlaceAt(dominant)?.Kind == PlaceKind.County ? dominant : CreditedCounty()) is { } communityCounty
                // 厦门某社区职工赴泉州某区交流: a county outside the place the title names is where the community went, not its own.
                && gazetteer.Mentions(title) is var titlePlaces && (titlePlaces.Count == 0 || titlePlaces.Any(m => Gazetteer.Within(communityCounty, m.Path))))
            {
                var streets = headings.Prepend(title).Concat(paragraphs).SelectMany(t => gazetteer.TownNames(t)).Select(t => t.Name)
                    .Where(t => gazetteer.CountiesOfTown(t).Contains(communityCounty)).Distinct().ToList();
                return (names.OfficialPrefix(communityCounty) + (streets.Count == 1 ? streets[0] : "") + chosen, source);
            }
            return (chosen, source);
        }
        // 来源：某区总工会: the one county-level place whose general union the credits name, the community's own county's.
        string? CreditedCounty()
        {
            creditNames ??= credits.SelectMany(credit => names.Find(credit)).Select(mention => mention.Name).ToList();
            var counties = creditNames.Where(n => n.EndsWith("总工会", StringComparison.Ordinal))
                .Select(n => gazetteer.PlaceOfName(n, places.Top)).Where(p => p is not null && gazetteer.PlaceAt(p)?.Kind == PlaceKind.County).Distinct().ToList();
            return counties is [{ } county] ? county : null;
        }
        // 泗泾镇总工会 in a text about another district of the same city (its staff visiting there): the town lies where
        // towns.tsv puts it when the table knows it in exactly one district of that city; the district the text names
        // stays when the town lies in it, when the city has the name in several districts, or when the city has none.
        string OwnDistrictInCity(string town, string about)
        {
            var counties = gazetteer.CountiesOfTown(town);
            if (counties.Contains(about)) return about;
            var city = gazetteer.PlaceAt(about)?.ParentPath;
            var inCity = city is null ? [] : counties.Where(c => c != city && Gazetteer.Within(c, city)).Distinct().ToList();
            return inCity is [{ } own] ? own : about;
        }
        // 某镇某某联合工会: the town of towns.tsv that opens a federation union's name with more words after it; null otherwise.
        string? TownFederation(string name, string stem)
        {
            if (!name.EndsWith("联合工会", StringComparison.Ordinal) && !name.EndsWith("工会联合会", StringComparison.Ordinal)) return null;
            return gazetteer.TownNames(stem) is [{ At: 0 } town, ..] && town.Length < stem.Length && gazetteer.TownOfUnit(stem) is null ? town.Name : null;
        }
        // 蒲颂社区: a community named on its own, no town or place written in it (各社区, 城乡社区, 该社区 name no one).
        bool CommunityUnionAlone(string stem) =>
            stem.Length >= 4 && stem.EndsWith("社区", StringComparison.Ordinal) && gazetteer.TownNames(stem).Count == 0
            && gazetteer.Mentions(stem).Count == 0 && !CommunityKinds.Any(k => stem.StartsWith(k, StringComparison.Ordinal));
        // No union acts but one the reporter heard the news from: then the news is that union's own work
        // (记者从市总工会获悉，今年全市…). A union that only visits stays a visitor: the news is the place it visited.
        (string Name, string Source)? WithoutCandidate() =>
            Fallback(titleMentions, headingMentions, paragraphMentions, places, named)
                ?? InspectingItsOwnArea(title, titleMentions, paragraphs, paragraphMentions, first, places, named);

        if (measuring)
        {
            CountShapes(title, titleMentions);
            for (var h = 0; h < headings.Count; h++) CountShapes(headings[h], headingMentions[h]);
            for (var i = first; i < paragraphs.Count; i++) CountShapes(paragraphs[i], paragraphMentions[i]);
        }
        // A visit's purpose, an organiser line's parts, a place named after a union, partners brought along: evidence the
        // scorer weighs beside each mention's part.
        void CountShapes(string text, IReadOnlyList<OrganisationMention> mentions)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (Resolve(mention.Name, places, named) is not { } name || !evidence.TryGetValue(name, out var seen)) continue;
                // 甲县总工会、乙县总工会和丙县总工会开展…: named beside another union as one subject, acting jointly.
                if (mention.Role is OrganisationRole.Actor or OrganisationRole.Organiser
                    && (m > 0 && MentionShapes.Joined(text, mentions[m - 1].End, mention.Start) || m + 1 < mentions.Count && MentionShapes.Joined(text, mention.End, mentions[m + 1].Start)))
                    seen.Also(OrganisationFeature.NamedJointly);
                if (mention.Role is OrganisationRole.Actor or OrganisationRole.Visitor)
                    switch (MentionShapes.Purpose(text, mention.End))
                    {
                        case MentionShapes.VisitPurpose.Learn: seen.Also(OrganisationFeature.VisitsToLearn); break;
                        case MentionShapes.VisitPurpose.Help: seen.Also(OrganisationFeature.VisitsToHelp); break;
                    }
                if (mention.Role is OrganisationRole.Actor or OrganisationRole.Visitor && MentionShapes.SeenFromHost(text, mention.End))
                    seen.Also(OrganisationFeature.SeenFromHost);
                if (MentionShapes.Attends(text, mention.End)) seen.Also(OrganisationFeature.AttendsAnother);
                if (MentionShapes.CoOrganises(text, mention.End)) seen.Also(OrganisationFeature.CoOrganises);
                else if (MentionShapes.MainlyOrganises(text, mention.End)) seen.Also(OrganisationFeature.MainlyOrganises);
                // Counted here, set as a flag in Candidates: whether every mention is a place named after the union.
                // 其中某工会(某职工书屋)榜上有名: the bracket is the honoured entry's other name, not a place named after its union.
                if (MentionShapes.NamesAPlace(text, mention.Start, mention.End) && !HonouredOnList(text, mention.Start, mention.End)) seen.Also(OrganisationFeature.OnlyNamesAPlace);
                if (MentionShapes.LeadsPartners(text, mention.End)) seen.Also(OrganisationFeature.LeadsPartners);
            }
        }

        // 干窑镇总工会 and 干窑镇工会, 三矿工会 and 某集团某公司三矿工会: one union written in several forms is one candidate,
        // its evidence counted together under the name the report gets for any of them, not several splitting it.
        forms = MergeForms(scores, evidence, key => WrittenOut(key, "").Name);
        if (keyword is not null && forms.FirstOrDefault(f => f.Value.Contains(keyword)).Key is { } keywordForm) keyword = keywordForm;

        var candidates = measuring ? Candidates(evidence, scores, keyword, localNamed, own, places, forms) : [];
        var chosenKey = scorer is null ? HandPick(scores) : scorer.Choose(candidates);
        if (recordChoices)
        {
            var none = WithoutCandidate();
            choice = new OrganisationChoice(candidates.Select(c => c with { Outcome = Finish(c.Name, c.Source)?.Name ?? "" }).ToList(), null)
            {
                WithoutCandidate = none?.Name ?? "",
                Joint = joint,
            };
        }
        if (jointDecides) return null;
        if (ranked is not null) return Finish(ranked, "text");
        var picked = chosenKey is null ? WithoutCandidate() : Finish(chosenKey, scores[chosenKey].Source);
        // A visit between unions, settled by the labels' convention when the scorer chose its visitor or its host.
        var told = titleNamesOne || headings.Count == 0 ? (Text: title, Mentions: titleMentions) : (Text: headings[0], Mentions: headingMentions[0]);
        // 在全市工会…会上的讲话, 某县举行某市职工疗休养基地揭牌仪式: the headline names the level that acts.
        if (LevelReading(told.Text, title, paragraphs, first, chosenKey ?? picked?.Name, scores, places) is { } leveled)
            return Finish(leveled, scores.TryGetValue(leveled, out var ls) ? ls.Source : "text");
        if (VisitReading(told.Text, told.Mentions, title, titleMentions, paragraphs, paragraphMentions, first, credits, chosenKey ?? picked?.Name, scores, places, named, forms) is { } read
            && read != (chosenKey ?? picked?.Name))
            return read.Length == 0 ? null : Finish(read, scores.TryGetValue(read, out var s) ? s.Source : "text");
        return picked;
    }

    /// <summary>
    /// The co-action shapes of the headline (the title, else the first heading) and of the first sentence of the lead's
    /// first two paragraphs; with <paramref name="laterParagraphs"/>, also <see cref="JointAction.ListedTogetherLater"/>,
    /// which reads every later paragraph and decides nothing as shipped (only the harness records it).
    /// </summary>
    private static JointAction JointShapes(string title, IReadOnlyList<string> headings, List<IReadOnlyList<OrganisationMention>> headingMentions,
        IReadOnlyList<OrganisationMention> titleMentions, IReadOnlyList<string> paragraphs, List<IReadOnlyList<OrganisationMention>> paragraphMentions, int first,
        bool laterParagraphs)
    {
        var found = JointActions.In(title, title.Length, titleMentions);
        if (headings.Count > 0) found |= JointActions.In(headings[0], headings[0].Length, headingMentions[0]);
        for (var i = first; i < Math.Min(paragraphs.Count, first + 2); i++)
            found |= JointActions.In(paragraphs[i], FirstSentenceEnd(paragraphs[i]), paragraphMentions[i]);
        for (var i = first; i < Math.Min(paragraphs.Count, first + 2); i++)
            if (JointActions.ProvincesTogetherIn(paragraphs[i])) found |= JointAction.ProvincesTogether;
        for (var i = first + 2; laterParagraphs && i < paragraphs.Count; i++)
            if ((JointActions.In(paragraphs[i], FirstSentenceEnd(paragraphs[i]), paragraphMentions[i]) & JointAction.ListedTogether) != 0)
                found |= JointAction.ListedTogetherLater;
        return found;
    }

    /// <summary>
    /// Merges the candidates that name one union in several forms into one under its written-out name: those the report
    /// writes out to the same name, and a town's or street's union written with and without 总 (某镇工会, 某镇总工会),
    /// which takes the 总工会 form the report writes. Returns each merged name with the forms it was written in.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> MergeForms(Dictionary<string, (double Score, string Source, double Strongest)> scores,
        Dictionary<string, CandidateEvidence> evidence, Func<string, string> writtenOut)
    {
        var forms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (scores.Count < 2) return forms;
        var full = scores.Keys.ToDictionary(k => k, writtenOut, StringComparer.Ordinal);
        var written = full.Values.ToHashSet(StringComparer.Ordinal);
        string OneName(string key)
        {
            var name = full[key];
            return OrganisationNames.IsTownUnion(name) && !name.EndsWith("总工会", StringComparison.Ordinal)
                && name.EndsWith("工会", StringComparison.Ordinal) && name[..^2] + "总工会" is var general && written.Contains(general) ? general : name;
        }
        var groups = scores.Keys.GroupBy(OneName, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var merged = members.Select(m => scores[m]).Aggregate((a, b) =>
                (a.Score + b.Score, b.Strongest > a.Strongest ? b.Source : a.Source, Math.Max(a.Strongest, b.Strongest)));
            CandidateEvidence? together = null;
            foreach (var member in members)
                if (evidence.Remove(member, out var seen)) together = together is null ? seen : together.With(seen);
            foreach (var member in members) scores.Remove(member);
            scores[group.Key] = merged;
            if (together is not null) evidence[group.Key] = together;
            forms[group.Key] = members;
        }
        return forms;
    }

    // A union only ever quoted or thanked (据…, 在…支持下, 被…表彰) is not the actor, however often.
    private static string? HandPick(Dictionary<string, (double Score, string Source, double Strongest)> scores) =>
        scores.Where(s => s.Value.Score > 0.5 && s.Value.Strongest > 0.5).OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key.Length)
            .Select(s => s.Key).FirstOrDefault();

    private static (string Name, string Source)? Decided((string Name, string Source)? decided, out OrganisationChoice? choice)
    {
        choice = new OrganisationChoice([], decided?.Name ?? "");
        return decided;
    }

    /// <summary>The candidates with their features, in the order the report first names them.</summary>
    private List<OrganisationCandidate> Candidates(Dictionary<string, CandidateEvidence> evidence,
        Dictionary<string, (double Score, string Source, double Strongest)> scores, string? keyword, bool localNamed, string? speakerLevel, PlaceCounts places,
        IReadOnlyDictionary<string, IReadOnlyList<string>> forms)
    {
        // The names as the report writes them: a merged candidate's forms, not the name it was merged under.
        var written = evidence.Keys.Where(k => !forms.ContainsKey(k)).Concat(forms.Values.SelectMany(f => f)).ToList();
        var about = places.Dominant();
        var handPick = HandPick(scores);
        var total = Math.Max(1, evidence.Values.Sum(e => e.Mentions));
        var most = evidence.Values.Select(e => e.Mentions).DefaultIfEmpty(0).Max();
        var list = new List<OrganisationCandidate>(evidence.Count);
        // A union that visits in the headline or the lead without going there to learn or to deliver something itself
        // (调研, 视察, 检查指导): the news may be the visited union's. A visit that brings help is the visitor's own work.
        var visitors = evidence.Where(e => VisitsInLead(e.Value) && e.Value.CountOf(OrganisationFeature.VisitsToLearn) == 0 && e.Value.CountOf(OrganisationFeature.VisitsToHelp) == 0).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        // Each candidate's place and level, to weigh it against the lower unions the headline or the lead make act.
        var levels = evidence.Keys.ToDictionary(n => n, n => Level(n, places), StringComparer.Ordinal);
        var leading = evidence.Where(e => LeadsInHeadlineOrLead(e.Value)).Select(e => e.Key).ToList();
        var acting = evidence.Where(e => e.Value.Acts).Select(e => e.Key).ToList();
        foreach (var (name, seen) in evidence.OrderBy(e => e.Value.Order))
        {
            var f = seen.Features();
            void Set(OrganisationFeature feature, bool on) => f[(int)feature] = on ? 1 : 0;
            Set(OrganisationFeature.Keyword, name == keyword);
            var national = name == OrganisationNames.NationalName;
            Set(OrganisationFeature.National, national);
            Set(OrganisationFeature.NationalBesideLocal, national && localNamed);
            var region = national ? null : organisations.RegionOf(name, places.Top);
            var kind = region is not null && IsPlaceUnion(name) ? gazetteer.PlaceAt(region)?.Kind : null;
            var town = OrganisationNames.IsTownUnion(name);
            Set(OrganisationFeature.Province, kind == PlaceKind.Province);
            Set(OrganisationFeature.City, kind == PlaceKind.Prefecture);
            Set(OrganisationFeature.County, kind == PlaceKind.County);
            Set(OrganisationFeature.Town, town);
            // 某市交通建设工会, 某省能源化学工会: a sector's union, weighed apart from one enterprise's.
            var sector = !national && kind is null && !town && SectorUnion.Is(name);
            Set(OrganisationFeature.SectorUnion, sector);
            Set(OrganisationFeature.Enterprise, !national && kind is null && !town && !sector);
            if (region is not null && about is not null)
            {
                Set(OrganisationFeature.PlaceIsAbout, region == about);
                Set(OrganisationFeature.PlaceAboveAbout, region != about && Gazetteer.Within(about, region));
                Set(OrganisationFeature.PlaceBelowAbout, region != about && Gazetteer.Within(region, about));
                Set(OrganisationFeature.PlaceElsewhere, !Gazetteer.Within(about, region) && !Gazetteer.Within(region, about));
            }
            var aboveWriter = false;
            if (speakerLevel is not null && kind is not null)
            {
                var above = Above(name, speakerLevel);
                aboveWriter = above == true;
                Set(OrganisationFeature.AboveSpeaker, above == true);
                Set(OrganisationFeature.SpeaksFromLevel, above == false
                    && (speakerLevel == "县" ? kind == PlaceKind.County : kind == PlaceKind.Prefecture || kind == PlaceKind.Province && region!.EndsWith('市')));
            }
            Set(OrganisationFeature.FromBareLevel, seen.FromBareLevel);
            Set(OrganisationFeature.FirstNamed, seen.Order == 0);
            Set(OrganisationFeature.MostNamed, seen.Mentions == most);
            f[(int)OrganisationFeature.Share] = seen.Mentions / (double)total;
            Set(OrganisationFeature.NeverActs, !seen.Acts);
            // Named only as a place (在某市总工会召开, 某社区工会驿站活动现场): never the union at work.
            Set(OrganisationFeature.OnlyNamesAPlace, seen.CountOf(OrganisationFeature.OnlyNamesAPlace) >= seen.Mentions);
            // Whether the union is also written in a fuller or a shorter form (三矿工会 and 某集团某公司三矿工会), as one of its own forms.
            var asWritten = forms.TryGetValue(name, out var merged) ? merged : [name];
            Set(OrganisationFeature.ShorterFormNamed, asWritten.Any(n => written.Any(k => k.Length > n.Length && k.EndsWith(n, StringComparison.Ordinal))));
            Set(OrganisationFeature.FullerFormNamed, asWritten.Any(n => written.Any(k => k.Length < n.Length && n.EndsWith(k, StringComparison.Ordinal))));
            Set(OrganisationFeature.HostsAVisit, visitors.Any(v => v != name) && !VisitsInLead(seen) && seen.CountOf(OrganisationFeature.TextVisits) == 0);
            // 省总工会领导莅临我市送温暖, 一行在我市开展慰问: a higher union bringing help, told by the ones it visits — the
            // visitor's own work by the label convention, where a study or an inspection told so is the host's.
            Set(OrganisationFeature.DeliversToWriter, seen.CountOf(OrganisationFeature.VisitsToHelp) > 0
                && (seen.CountOf(OrganisationFeature.SeenFromHost) > 0 || aboveWriter));
            // 某市总工会 beside 某区总工会 opening the lead (某区总工会携手市总工会…), a county's union beside its street's
            // union opening it: the higher union of a lower one the headline or the lead make act. (The same for a lower
            // union at work anywhere in the text lowered the left-out total and was dropped.)
            Set(OrganisationFeature.LowerUnionLeads, leading.Any(other => other != name && IsBelow(levels[other], levels[name])));
            // Other unions at work that are neither above nor below it (two districts, a city's and another province's
            // union): the more there are, the likelier the action is joint and the report no one union's.
            f[(int)OrganisationFeature.PeersAct] = Math.Log(1 + acting.Count(other => other != name
                && !IsBelow(levels[other], levels[name]) && !IsBelow(levels[name], levels[other])));
            var (score, source, strongest) = scores[name];
            f[(int)OrganisationFeature.HandScore] = Math.Clamp(score, -10, 10) / 10;
            Set(OrganisationFeature.HandPick, name == handPick);
            list.Add(new OrganisationCandidate(name, source, f, score, score > 0.5 && strongest > 0.5));
        }
        return list;
    }

    /// <summary>A candidate's place (null for none or the national federation) and rank: 0 national, 1–3 a province's, city's or county's general union, 4 anything under a place (a town's, an enterprise's, a sector's).</summary>
    private (string? Region, int Rank) Level(string name, PlaceCounts places)
    {
        if (name == OrganisationNames.NationalName) return (null, 0);
        var region = organisations.RegionOf(name, places.Top);
        if (region is null) return (null, 4);
        if (OrganisationNames.IsTownUnion(name) || !IsPlaceUnion(name)) return (region, 4);
        return gazetteer.PlaceAt(region)?.Kind switch
        {
            PlaceKind.Province => (region, 1),
            PlaceKind.Prefecture => (region, 2),
            PlaceKind.County => (region, 3),
            _ => (region, 4),
        };
    }

    /// <summary>Whether <paramref name="lower"/> is a union inside <paramref name="higher"/>'s area at a lower rank (every union is under the national federation).</summary>
    private static bool IsBelow((string? Region, int Rank) lower, (string? Region, int Rank) higher) =>
        higher.Rank == 0 ? lower.Rank > 0
        : higher.Region is not null && lower.Region is not null && lower.Rank > higher.Rank && Gazetteer.Within(lower.Region, higher.Region);

    private static bool LeadsInHeadlineOrLead(CandidateEvidence seen) =>
        seen.CountOf(OrganisationFeature.TitleOpens) + seen.CountOf(OrganisationFeature.TitleActs) + seen.CountOf(OrganisationFeature.HeadlineActs)
        + seen.CountOf(OrganisationFeature.LeadSubject) + seen.CountOf(OrganisationFeature.LeadActs) > 0;

    private static bool VisitsInLead(CandidateEvidence seen) =>
        seen.CountOf(OrganisationFeature.TitleVisits) + seen.CountOf(OrganisationFeature.HeadlineVisits) + seen.CountOf(OrganisationFeature.LeadVisits) > 0;

    /// <summary>The union of a unit that opens the title or a clause of the lead's first sentence as its actor (<see cref="OrganisationNames.UnitActing"/>).</summary>
    private string? UnitActingInLead(string title, IReadOnlyList<string> paragraphs, int first, IReadOnlyCollection<string> context)
    {
        var inTitle = names.UnitActing(title.Trim(), context);
        var lead = paragraphs.Skip(first).FirstOrDefault(p => p.Trim().Length >= 40)?.Trim();
        if (lead is null) return inTitle;
        var sentence = lead[..FirstSentenceEnd(lead)];
        for (var k = 0; k < sentence.Length; k = sentence.IndexOfAny(['，', ','], k) is var comma and >= 0 ? comma + 1 : sentence.Length)
            if (names.UnitActing(sentence[k..].TrimStart(), context) is { } inLead)
                // 某学院 in the headline, 某大学某学院 in the lead: the unit written out in full.
                return inTitle is null || inLead.EndsWith(inTitle, StringComparison.Ordinal) ? inLead : inTitle;
        return inTitle;
    }

    /// <summary>
    /// The place that acts in a clause of the lead's first sentence (<c>某某地区投入资金…</c>, <c>某某县建成…</c>) when that
    /// sentence names no union; the lead is the first paragraph of at least 40 characters from <paramref name="first"/>.
    /// </summary>
    private string? AreaActingInLead(IReadOnlyList<string> paragraphs, int first)
    {
        var lead = paragraphs.Skip(first).FirstOrDefault(p => p.Trim().Length >= 40);
        if (lead is null) return null;
        var sentence = lead.Trim()[..FirstSentenceEnd(lead.Trim())];
        if (names.Find(sentence).Count > 0) return null;
        foreach (var mention in gazetteer.Mentions(sentence))
        {
            var at = mention.At;
            // The chain of places that opens a clause (新疆阿克苏地区): its first place at the clause's start.
            if (at > 0 && sentence[at - 1] is not ('，' or ',' or '…' or '；' or ' ' or '　')) continue;
            var path = mention.Path;
            var end = at + mention.Length;
            foreach (var next in gazetteer.Mentions(sentence[end..]))
            {
                if (next.At != 0 || !Gazetteer.Within(next.Path, path)) break;
                (path, end) = (next.Path, end + next.Length);
            }
            if (gazetteer.PlaceAt(path)?.Kind is PlaceKind.Prefecture or PlaceKind.County && AreaVerb().IsMatch(sentence.AsSpan(end))) return path;
        }
        return null;
    }

    // 某县于近日开展了…, 某县除开展…外: a time or a word of addition between the area and its verb leaves it acting.
    [System.Text.RegularExpressions.GeneratedRegex("^(?:于?(?:近日|日前|近期|今年以来|年初以来)|除|还|也)?(?:投入|投资|建成|建设|新建|开展|举办|推出|启动|出台|筹集|累计|已建成|共建成)")]
    private static partial System.Text.RegularExpressions.Regex AreaVerb();

    /// <summary>Whether a position lies inside words someone is quoted as saying (说：“…”).</summary>
    private static bool InsideSpeech(string text, int at)
    {
        var open = text.LastIndexOf('“', Math.Max(0, at - 1));
        if (open < 2 || text.IndexOf('”', open) is var close && close >= 0 && close < at) return false;
        var before = text.AsSpan(Math.Max(0, open - 4), open - Math.Max(0, open - 4)).TrimEnd();
        return before.EndsWith("说:") || before.EndsWith("说：") || before.EndsWith("表示:") || before.EndsWith("表示：")
            || before.EndsWith("介绍:") || before.EndsWith("介绍：") || before.EndsWith("说，") || before.EndsWith("说,");
    }

    /// <summary>市 when the text speaks of 我市, 县 for 我县 (the lowest); null when it speaks of neither.</summary>
    private static string? FirstPersonLevel(string title, IReadOnlyList<string> paragraphs)
    {
        string? level = null;
        foreach (var text in paragraphs.Prepend(title))
            foreach (System.Text.RegularExpressions.Match m in FirstPersonPlace().Matches(text))
                if (m.Value[1] == '县') return "县";
                else level = "市";
        return level;
    }

    [System.Text.RegularExpressions.GeneratedRegex("我[市县](?![民场长委政])")]
    private static partial System.Text.RegularExpressions.Regex FirstPersonPlace();

    /// <summary>
    /// Whether a union's place lies above the level a text speaks from (a province's for 我市; a province's or
    /// prefecture's for 我县); null when its place is unknown. A municipality is a city.
    /// </summary>
    private bool? Above(string name, string level)
    {
        if (organisations.RegionOf(name) is not { } path || gazetteer.PlaceAt(path) is not { } place) return null;
        return place.Kind switch
        {
            PlaceKind.Province => !place.Name.EndsWith('市') || level == "县",
            PlaceKind.Prefecture => level == "县",
            _ => false,
        };
    }

    /// <summary>
    /// The union a title consists of, when the paragraphs name places but none inside or around that union's place;
    /// null otherwise.
    /// </summary>
    private string? TitleOnlyNamesAnotherPlace(string title, IReadOnlyList<OrganisationMention> titleMentions, IReadOnlyList<string> paragraphs,
        PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        var text = title.Trim();
        if (titleMentions.Count != 1 || titleMentions[0].Start > 1 || text.Length - titleMentions[0].End > 1) return null;
        if (Resolve(titleMentions[0].Name, places, named) is not { } name || organisations.RegionOf(name) is not { } own) return null;
        var bodyPlaces = paragraphs.SelectMany(p => gazetteer.Mentions(p)).Select(m => m.Path).ToList();
        return bodyPlaces.Count > 0 && !bodyPlaces.Any(p => Gazetteer.Within(p, own) || Gazetteer.Within(own, p)) ? name : null;
    }

    /// <summary>
    /// The union a title consists of when the first heading is a headline in which another union acts (十堰市总工会 over
    /// 竹山县总工会开展…): a site's masthead taken for the title; null otherwise. A news headline is more than a name.
    /// </summary>
    private string? SiteNameOverHeadline(string title, IReadOnlyList<OrganisationMention> titleMentions,
        List<IReadOnlyList<OrganisationMention>> headingMentions, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        var text = title.Trim();
        if (titleMentions.Count != 1 || titleMentions[0].Start > 0 || text.Length != titleMentions[0].End || headingMentions.Count == 0) return null;
        if (Resolve(titleMentions[0].Name, places, named) is not { } name) return null;
        return headingMentions[0].Any(m => m.Start <= 2 && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser
            && Resolve(m.Name, places, named) is { } acting && acting != name) ? name : null;
    }

    /// <summary>
    /// Whether <paramref name="shortName"/> is <paramref name="full"/> with words left out: its characters in order,
    /// and its first three together (济南局集团公司工会 in 中国铁路济南局集团有限公司工会).
    /// </summary>
    private static bool SameSuffixOrFormal(string shortName, string full) =>
        full.EndsWith(shortName.EndsWith("工会", StringComparison.Ordinal) ? "工会" : shortName[shortName.LastIndexOf("工会", StringComparison.Ordinal)..], StringComparison.Ordinal)
        || shortName.EndsWith("工会", StringComparison.Ordinal) && (full.EndsWith("工会联合会", StringComparison.Ordinal) || full.EndsWith("工会委员会", StringComparison.Ordinal));

    /// <summary>
    /// Whether the longer name is a unit inside the shorter's (某矿工会 and 某矿车间工会, 某集团工会 and 某集团第一项目部工会):
    /// it opens with the shorter's whole stem and ends with a workshop's, a branch's or a project's kind the shorter lacks,
    /// so it is another union below it, not its name written out (某集团有限公司工会 is).
    /// </summary>
    private static bool UnitInside(string shortName, string full)
    {
        var stem = OrganisationNames.Stem(shortName);
        var fullStem = OrganisationNames.Stem(full);
        return stem.Length >= 2 && fullStem.Length > stem.Length && fullStem.StartsWith(stem, StringComparison.Ordinal)
            && UnitKinds.Any(k => fullStem.EndsWith(k, StringComparison.Ordinal) && !stem.EndsWith(k, StringComparison.Ordinal));
    }

    // A workshop, a branch, a project or a team inside an enterprise: units with unions of their own.
    private static readonly string[] UnitKinds = ["车间", "分公司", "分厂", "分会", "工区", "区队", "班组", "项目部", "作业区", "分局", "分院", "项目"];

    /// <summary>
    /// Whether the fuller name writes a place the shorter, which names places of its own, leaves out: 武汉市教育工会 is the
    /// city's sector union, 武汉市某区教育工会 a district's, another organisation; a town or street left out is no other.
    /// </summary>
    private bool NamesAnotherPlace(string shortName, string full)
    {
        var own = gazetteer.Mentions(shortName);
        return own.Count > 0 && gazetteer.Mentions(full).Any(m => !own.Any(o => o.Path == m.Path));
    }

    /// <summary>
    /// 某某集团工会 in 某某汽车集团公司工会: an enterprise's union shortened to its two-character brand and its kind, when
    /// both open with the brand and it names no place (places' unions share their first characters too often).
    /// </summary>
    private bool BrandShortenedFrom(string shortName, string full) =>
        full.StartsWith(shortName[..2], StringComparison.Ordinal) && gazetteer.Mentions(shortName).Count == 0
        && OrganisationNames.Stem(shortName) is var stem && (stem.EndsWith("集团", StringComparison.Ordinal) || stem.EndsWith("公司", StringComparison.Ordinal))
        && ShortenedFrom(shortName, full, 2);

    // The last characters of an enterprise's or an institution's name, which its abbreviation keeps (沈铁局, 萍矿).
    private const string EnterpriseLastCharacters = "局矿厂司团行院所站段";

    /// <summary>
    /// 沈铁局工会 in 沈阳铁路局工会: an enterprise's name abbreviated to characters of its words, as people write it —
    /// the same first and last character, the rest in order, at least two characters left out.
    /// </summary>
    private static bool InitialsOf(string shortName, string full)
    {
        var (stem, fullStem) = (OrganisationNames.Stem(shortName), OrganisationNames.Stem(full));
        if (stem.Length < 3 || fullStem.Length < stem.Length + 2 || stem[0] != fullStem[0] || stem[^1] != fullStem[^1]
            || !EnterpriseLastCharacters.Contains(stem[^1])) return false;
        return InOrder(stem.AsSpan(1), fullStem.AsSpan(1));
    }

    /// <summary>
    /// The union of the one unit the texts write out in full (沈阳铁路局) of which <paramref name="key"/>'s unit
    /// (沈铁局工会) is the initials; null when they write none, or several.
    /// </summary>
    private string? UnitOfInitials(string key, IEnumerable<string> texts)
    {
        var stem = OrganisationNames.Stem(key);
        if (!key.EndsWith("工会", StringComparison.Ordinal) || key.EndsWith("总工会", StringComparison.Ordinal) || stem.Length < 3
            || !EnterpriseLastCharacters.Contains(stem[^1])) return null;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            for (var at = text.IndexOf(stem[^1]); at >= 0; at = text.IndexOf(stem[^1], at + 1))
                for (var from = at - 1; from >= 0 && at - from < 12 && Splitting.LineShapes.IsHan(text[from]) && text[from] != stem[^1]; from--)
                {
                    if (text[from] != stem[0] || at + 1 - from < stem.Length + 2) continue;
                    var union = organisations.Canonical(text[from..(at + 1)] + "工会");
                    if (InitialsOf(key, union)) found.Add(union);
                    break;
                }
        return found.Count == 1 ? found.First() : null;
    }

    private static bool ShortenedFrom(string shortName, string full, int together = 3)
    {
        if (shortName.Length < 5 || !full.Contains(shortName[..together], StringComparison.Ordinal)) return false;
        var at = full.IndexOf(shortName[..together], StringComparison.Ordinal) + together;
        for (var i = together; i < shortName.Length; i++)
        {
            at = full.IndexOf(shortName[i], at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /// <summary>The general unions of places a document names in full (not as visitors), by the level of their place, first named first.</summary>
    private Dictionary<string, string> NamedPlaceUnions(IEnumerable<OrganisationMention> mentions, IEnumerable<string> texts)
    {
        var byLevel = new Dictionary<string, string>(StringComparer.Ordinal);
        var severalOfLevel = new HashSet<string>(StringComparer.Ordinal);
        var towns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Role == OrganisationRole.Visitor || OrganisationNames.BareLevel(mention.Name) is not null) continue;
            if (TownLevel(mention.Name) is { } town)
            {
                (towns[town] = towns.GetValueOrDefault(town) ?? []).Add(organisations.Canonical(mention.Name));
                continue;
            }
            if (!mention.Name.EndsWith("总工会", StringComparison.Ordinal) || mention.Name == OrganisationNames.NationalName) continue;
            if (gazetteer.MostSpecificIn(mention.Name) is not { } path) continue;
            // 杭州市下城区总工会: a district's union written by the district's former name is still the district's union
            // the text names (a bare 区总工会 beside it is that one, as written, not today's 拱墅区).
            var stem = mention.Name[..^"总工会".Length];
            if (names.OfficialPrefix(path) != stem && !(gazetteer.NamesFormerly(stem) && names.IsPlacePrefix(stem))) continue;
            if (gazetteer.PlaceAt(path) is not { } place) continue;
            foreach (var level in LevelsOf(place))
                if (!byLevel.TryAdd(level, mention.Name) && byLevel[level] != mention.Name) severalOfLevel.Add(level);
        }
        // 北镇市总工会、凌海市总工会 each named in a prefecture's list of its counties' winners: a bare 市总工会 is none of
        // them in particular, but the most named place of its level (the prefecture, which holds their mentions).
        foreach (var level in severalOfLevel) byLevel.Remove(level);
        // A bare 镇总工会 is the town's union only when the text names one town's union: a round-up of several is none's.
        foreach (var (level, unions) in towns)
            if (unions.Count == 1) byLevel[level] = unions.First();
        // 香花桥街道开展… then 街道总工会利用…: no town's union named in full, but one street (or town) named as a place,
        // and nothing else of its level: the bare union is that street's.
        List<string>? townNames = null;
        foreach (var level in (string[])[OrganisationNames.Town, OrganisationNames.Street])
        {
            if (byLevel.ContainsKey(level) || towns.ContainsKey(level)) continue;
            townNames ??= texts.SelectMany(t => gazetteer.TownNames(t)).Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
            var places = townNames.Where(t => t.EndsWith(level, StringComparison.Ordinal)).ToList();
            if (places is [var only] && organisations.Canonical(only + "总工会") is { } union) byLevel[level] = union;
        }
        return byLevel;
    }

    /// <summary>镇 for a town's union named in full (石碣镇总工会, 某镇工会), 街道 for a street's; null otherwise.</summary>
    private static string? TownLevel(string name)
    {
        if (!OrganisationNames.IsTownUnion(name) || !(name.EndsWith("总工会", StringComparison.Ordinal) || name.EndsWith("镇工会", StringComparison.Ordinal) || name.EndsWith("街道工会", StringComparison.Ordinal))) return null;
        var stem = OrganisationNames.Stem(name);
        return stem.EndsWith('镇') ? OrganisationNames.Town : stem.EndsWith(OrganisationNames.Street, StringComparison.Ordinal) ? OrganisationNames.Street : null;
    }

    private static readonly string[] LowerLevels = ["市", "县", "区", "州", "旗"];

    // Words that open a community's kind or a pointer, not its own name (城乡社区, 各社区, 该社区, 所在社区).
    private static readonly string[] CommunityKinds = ["各", "全", "该", "本", "每", "所在", "城乡", "农村", "城市", "新型", "和谐", "智慧", "示范", "基层"];

    private static IEnumerable<string> LevelsOf(Place place)
    {
        if (place.Kind == PlaceKind.Province) yield return "省";
        if (PlaceCounts.Fits(place, OrganisationNames.AutonomousRegion)) yield return OrganisationNames.AutonomousRegion;
        foreach (var level in LowerLevels)
            if (PlaceCounts.Fits(place, level)) yield return level;
    }

    /// <summary>A canonical name with a bare level (市总工会, 省财贸轻纺烟草工会) completed by the document's place of that level.</summary>
    private string? Resolve(string name, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        // 公司工会 for the 市某某公司 the text names: the enterprise's union, read as its name is (a bare 市 whose city the
        // text never names leaves it unnamed).
        if (OrganisationNames.BareLevel(name) is OrganisationNames.Company or OrganisationNames.Group)
            return places.Enterprise(name.StartsWith(OrganisationNames.Group, StringComparison.Ordinal)) is not { } enterprise ? null
                : names.LeadingLevel(enterprise + "工会") is not null ? Resolve(enterprise + "工会", places, named) : enterprise + "工会";
        if (OrganisationNames.BareLevel(name) is OrganisationNames.Mine)
            return places.Mine() is { } mine ? organisations.Canonical(mine + "工会") : null;
        if (OrganisationNames.BareLevel(name) is OrganisationNames.Depot)
            return places.Depot() is { } depot ? organisations.Canonical(depot + "工会") : null;
        if (OrganisationNames.BareLevel(name) is { } level)
            return named.TryGetValue(level, out var full) ? full
                : places.OfLevel(level) is { } path ? names.OfficialPrefix(path) + "总工会"
                // 市总工会 in an item of a city's round-up whose item names no place (全市各级工会…), the page's other items
                // its districts and counties: that city's union, as 我市 there is that city (OwnAreaOfPage).
                : level == "市" && places.CityOfPage() is { } ofPage ? names.OfficialPrefix(ofPage) + "总工会" : null;
        if (names.LeadingLevel(name) is { } lead)
            // 省某某银行工会 in an item of a page whose other items name one province only (陕西某某厅工会): that province's.
            return (places.OfLevel(lead) ?? (lead == "省" ? places.ProvinceOfPage() : null)) is { } path
                ? names.OfficialPrefix(path) + name[1..] : null;
        return organisations.Canonical(name);
    }

    private (string Name, string Source)? Fallback(IReadOnlyList<OrganisationMention> title, List<IReadOnlyList<OrganisationMention>> headings,
        List<IReadOnlyList<OrganisationMention>> paragraphs, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        var counts = new Dictionary<string, (int Count, string Source)>(StringComparer.Ordinal);
        void Count(IEnumerable<OrganisationMention> mentions, string source)
        {
            foreach (var mention in mentions)
                if (mention.Role == OrganisationRole.Informant && Resolve(mention.Name, places, named) is { } name)
                    counts[name] = (counts.GetValueOrDefault(name).Count + 1, counts.TryGetValue(name, out var c) ? c.Source : source);
        }
        Count(title, "title");
        foreach (var h in headings) Count(h, "title");
        foreach (var p in paragraphs) Count(p, "text");
        var best = counts.OrderByDescending(c => c.Value.Count).FirstOrDefault();
        return best.Key is null ? null : (best.Key, best.Value.Source);
    }

    /// <summary>
    /// The visitor of the headline or of the lead's first sentence when no union acts, hosts or informs: a union that
    /// goes to study work in a place inside its own area (某区总工会来某园区调研, 某省总工会领导到某市调研) is doing its
    /// own work there, for want of a named host. A visit to a place outside the visitor's is the host place's news, and
    /// a visit to an enterprise or a site (到某公司调研) is the enterprise's.
    /// </summary>
    private (string Name, string Source)? InspectingItsOwnArea(string title, IReadOnlyList<OrganisationMention> titleMentions,
        IReadOnlyList<string> paragraphs, List<IReadOnlyList<OrganisationMention>> paragraphMentions, int first, PlaceCounts places,
        IReadOnlyDictionary<string, string> named)
    {
        var lead = first < paragraphs.Count ? paragraphs[first] : "";
        var leadEnd = lead.Length == 0 ? 0 : FirstSentenceEnd(lead);
        var candidates = titleMentions.Select(m => (Text: title, Mention: m, Source: "title"))
            .Concat(first < paragraphMentions.Count ? paragraphMentions[first].Where(m => m.Start < leadEnd).Select(m => (Text: lead, Mention: m, Source: "text")) : []);
        foreach (var (text, mention, source) in candidates)
        {
            if (mention.Role != OrganisationRole.Visitor) continue;
            if (Resolve(mention.Name, places, named) is not { } name || name == OrganisationNames.NationalName) continue;
            if (organisations.RegionOf(name) is not { } own) return null;
            var after = text.Substring(mention.End, Math.Min(60, text.Length - mention.End));
            var rest = after[..FirstSentenceEnd(after)];
            var visit = VisitWord().Match(rest);
            var way = visit.Success ? rest[..visit.Index] : rest;
            if (VisitedEnterprise().IsMatch(way)) return null;
            return gazetteer.Mentions(way, places.Top).All(p => Gazetteer.Within(p.Path, own)) ? (name, source) : null;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("公司|集团|企业|工厂|[^工]厂|项目|工地|车间|医院|学校|银行|矿")]
    private static partial System.Text.RegularExpressions.Regex VisitedEnterprise();

    /// <summary>A zone's general union (某某开发区总工会, 实验区总工会): it founds the zone's sector unions as a place's does.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?:开发区|高新区|经开区|新区|园区|试验区|实验区|示范区|合作区|片区)总工会$")]
    private static partial System.Text.RegularExpressions.Regex ZoneUnion();

    /// <summary>A place's general union (福州市总工会, 和平区总工会), or the national federation.</summary>
    private bool IsPlaceUnion(string name) =>
        name == OrganisationNames.NationalName
        || name.EndsWith("总工会", StringComparison.Ordinal) && gazetteer.MostSpecificIn(name) is { } path && names.OfficialPrefix(path) + "总工会" == name;

    /// <summary>Whether a union can found a town's or street's union: a county-level place's general union or a zone's.</summary>
    private bool FoundsTownUnions(string name) =>
        ZoneUnion().IsMatch(name) || gazetteer.MostSpecificIn(name) is { } path && gazetteer.PlaceAt(path)?.Kind is PlaceKind.County or PlaceKind.Zone;

    /// <summary>
    /// Whether the text tells of the union's founding: 成立/揭牌/第一届 right after its name (建立 or 组建 at a clause's end,
    /// 某村联合工会建立，成为…; not 建立了某制度), or 宣布/筹建 before it. A union that 成立 something (某街道总工会成立“劳模志愿者服务队”) founds that, and is not being founded itself.
    /// </summary>
    private bool IsFounded(string name, string title, IReadOnlyList<string> headings, IReadOnlyList<string> paragraphs, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        foreach (var text in headings.Prepend(title).Concat(paragraphs))
            foreach (var mention in names.Find(text, places.Top, places.ZoneShortForms))
            {
                if (Resolve(mention.Name, places, named) != name) continue;
                var after = text.AsSpan(mention.End, Math.Min(24, text.Length - mention.End));
                var before = text.AsSpan(Math.Max(0, mention.Start - 6), Math.Min(6, mention.Start));
                if (Founding().IsMatch(after) || before.EndsWith("宣布") || before.EndsWith("筹建") || before.EndsWith("成立") || before.EndsWith("组建"))
                    return true;
            }
        return false;
    }

    /// <summary>Whether the headline has the union itself hold its first congress (某某工会召开第一次代表大会, 某某工会第一次会员代表大会召开).</summary>
    private bool HoldsOwnFirstCongress(string name, string title, IReadOnlyList<OrganisationMention> titleMentions, PlaceCounts places,
        IReadOnlyDictionary<string, string> named)
    {
        foreach (var mention in titleMentions)
            if (Resolve(mention.Name, places, named) == name && FirstCongress().IsMatch(title.AsSpan(mention.End))) return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?:召开|举行|举办)?(?:第一次|第一届|首届|首次)(?:会员)?(?:代表)?大会")]
    private static partial System.Text.RegularExpressions.Regex FirstCongress();

    [System.Text.RegularExpressions.GeneratedRegex("^[^。！？；]{0,12}?(?:正式成立|宣告成立|成立大会|揭牌|挂牌|第一届|首届|第一次会员代表大会)|^(?:正式|近日|日前)?成立(?=$|[，,。！？；、\\s]|大会|仪式|典礼|庆典|会议|暨|揭牌|并|了)|^(?:正式)?(?:建立|组建)(?=$|[，,。！？；、\\s]|大会|仪式)")]
    private static partial System.Text.RegularExpressions.Regex Founding();

    /// <summary>A paragraph of the page around the news: a site's blurb cut off with 更多, or nothing but a union's name.</summary>
    private static bool IsSiteChrome(string paragraph, IReadOnlyList<OrganisationMention> mentions)
    {
        var text = paragraph.Trim();
        if (MoreLink().IsMatch(text)) return true;
        if (text.Length <= 60 && Breadcrumb().IsMatch(text) && !text.Contains('。')) return true;
        return mentions.Count > 0 && mentions[0].Start <= 1 && text.Length - mentions[^1].End <= 1
            && mentions.All(m => m.Role != OrganisationRole.Visitor) && text.Length <= 40 && !text.Contains('，') && !text.Contains('。');
    }

    // 某省总工会是全省各级工会的领导机关, 某市总工会简介 某市总工会是…群众组织: a union describing itself, as a site's profile box does.
    [System.Text.RegularExpressions.GeneratedRegex("^(?:[^，。]{0,12}简介\\s*)?[^，。]{0,8}?(?:总工会|工会)是[^。]{0,30}(?:领导机关|群众组织)")]
    private static partial System.Text.RegularExpressions.Regex UnionProfile();

    [System.Text.RegularExpressions.GeneratedRegex("(?:集团|公司|局)$")]
    private static partial System.Text.RegularExpressions.Regex EnterpriseOwner();

    // A title, then a name of two or three characters that does not open with a preposition, then what a person does.
    [System.Text.RegularExpressions.GeneratedRegex("(?:书记|主席|主任|部长|局长|会长|调研员|巡视员|督查员|委员|记者|通讯员|厂长|经理|董事长|秘书长|院长|校长|处长|科长|所长|站长|队长|组长|县长|市长|省长)([\\u4e00-\\u9fff](?<![在到来赴于从向对为和与及等])[\\u4e00-\\u9fff]{1,2}?)(?=[，,、。\\s(（]|在|到|来|为|对|主持|指出|表示|说|一行|等|和|与|向|站在|强调|出席|讲话)")]
    private static partial System.Text.RegularExpressions.Regex PersonAfterTitle();

    [System.Text.RegularExpressions.GeneratedRegex("\\S\\s*(?:>>?|»|›)\\s*\\S")]
    private static partial System.Text.RegularExpressions.Regex Breadcrumb();

    [System.Text.RegularExpressions.GeneratedRegex("(?:更多|more)\\s*[>»+›]*\\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MoreLink();

    // A contact line: an address under its label, or a postcode beside it.
    [System.Text.RegularExpressions.GeneratedRegex("^\\s*(?:单位|联系|通讯|通信|办公)?地址[:：]|邮编[:：]|邮政编码")]
    private static partial System.Text.RegularExpressions.Regex ContactLine();

    private static bool InsideParentheses(string text, int at)
    {
        var open = text.LastIndexOfAny(['（', '('], Math.Max(0, at - 1));
        if (open < 0 || at - open > 30) return false;
        var close = text.IndexOfAny(['）', ')'], open);
        return close < 0 || close > at;
    }

    /// <summary>Whether the clause before a name is only a time (近日，/ 3月5日上午，/ 今年以来，).</summary>
    // 公布…名单，其中 before the name and 榜上有名/入选/上榜 after it (a bracketed other name between): one honoured on a published list.
    private static bool HonouredOnList(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        return ListBeforeHonoured().IsMatch(text.AsSpan(from, start - from)) && HonouredAfter().IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 40)));
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:公布|发布|公示|印发|下发|通报)[^。！？；]{0,50}?名单[^。！？；]{0,6}?[，,][^。！？；]{0,6}?其中[\\u4e00-\\u9fff]{0,8}$")]
    private static partial System.Text.RegularExpressions.Regex ListBeforeHonoured();

    [System.Text.RegularExpressions.GeneratedRegex("^(?:[（(][^）)。！？]{0,30}[）)])?(?:榜上有名|入选|上榜|名列其中|位列其中|获此殊荣)")]
    private static partial System.Text.RegularExpressions.Regex HonouredAfter();

    private static bool AfterTimeLead(string text, int at)
    {
        var from = text.LastIndexOfAny(Sentences.StopsOrSemicolon, Math.Max(0, at - 1)) + 1;
        // 本报讯（记者 某某）3月5日，…: the dateline before the time is the paper's, not part of the sentence.
        if (Dateline().Match(text, from, at - from) is { Success: true } dateline) from += dateline.Length;
        return at - from is > 1 and <= 16 && OneTimeLead().IsMatch(text.AsSpan(from, at - from));
    }

    /// <summary>Where the sentence around <paramref name="at"/> really begins: after the time leads that open it (3月5日，新春来临之际，), if any.</summary>
    private static int PastTimeLeads(string text, int sentenceStart, int limit)
    {
        var past = sentenceStart;
        for (var k = sentenceStart + 2; k <= Math.Min(limit, sentenceStart + 40); k++)
            if (text[k - 1] is '，' or ',' or '、' && TimeLeads().IsMatch(text.AsSpan(sentenceStart, k - sentenceStart))) past = k;
        return past;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\\G\\s*[\\u4e00-\\u9fff]{0,8}讯\\s*(?:[（(][^）)。]{0,24}[）)])?\\s*")]
    private static partial System.Text.RegularExpressions.Regex Dateline();

    // The times a sentence opens with: 近日, 3月5日上午, 中旬, 新春来临之际. TimeLeads takes one or several in a row, with the
    // parts of a month and a longer frame (在某某总工会成立百年之际); OneTimeLead, one, as a sentence's subject follows it.
    private const string RecentTimes = "近日|日前|近期|目前|今年以来|近年来|去年以来|连日来";
    private const string YearMonth = "(?:[0-9０-９一二三四五六七八九十〇]{1,4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?";
    private const string Day = "[0-9０-９一二三四五六七八九十]{1,3}日";
    private const string TimeOfDay = "(?:上午|下午|晚|晚上)?";
    private const string Occasion = "(?:前夕|期间|之际)";
    private const string LeadEnd = "\\s*[，,、]\\s*";

    [System.Text.RegularExpressions.GeneratedRegex("^(?:\\s*(?:" + RecentTimes + "|" + YearMonth + "(?:" + Day + "|上旬|中旬|下旬|中下旬|上中旬|初|底|末)?" + TimeOfDay + "|[^，,。]{0,24}" + Occasion + ")" + LeadEnd + ")+$")]
    private static partial System.Text.RegularExpressions.Regex TimeLeads();

    [System.Text.RegularExpressions.GeneratedRegex("^\\s*(?:" + RecentTimes + "|" + YearMonth + "(?:" + Day + ")?" + TimeOfDay + "|[^，,]{0,6}" + Occasion + ")" + LeadEnd + "$")]
    private static partial System.Text.RegularExpressions.Regex OneTimeLead();

    /// <summary>Whether the headline or the lead's first sentence has every union of an area as its subject and the sentence names none.</summary>
    private static bool WholeAreaActs(string title, string lead, IReadOnlyList<OrganisationMention> leadMentions)
    {
        var end = FirstSentenceEnd(lead);
        if (leadMentions.Any(m => m.Start < end)) return false;
        return WholeArea().IsMatch(title) || WholeArea().Match(lead[..end]) is { Success: true } m
            && (m.Index <= 1 || AfterTimeLead(lead, m.Index) || lead.AsSpan(0, m.Index).TrimEnd().EndsWith("，"));
    }

    [System.Text.RegularExpressions.GeneratedRegex("全[省市县区州盟旗](?:各级工会|工会系统|工会组织|各级工会组织)|(?:^|[：:，,\\s])各级工会(?:组织)?(?!主席)")]
    private static partial System.Text.RegularExpressions.Regex WholeArea();

    /// <summary>
    /// Whether the headline or the lead's first sentence has an area's unions as its subject (某市各级工会, 各街道工会,
    /// 全区工会系统) and the text names at least two of that area's own unions acting, each for its part, or has the area's
    /// lower unions (各街道总工会) doing it severally (纷纷, 分别). The second paragraph's first sentence is read when the
    /// lead's first paragraph names no union (a scene set before the news), passed as <paramref name="second"/>.
    /// </summary>
    private bool AreaUnionsActSeverally(string title, IReadOnlyList<string> headings, string lead, string second,
        List<IReadOnlyList<OrganisationMention>> paragraphMentions, PlaceCounts places, IReadOnlyDictionary<string, string> named)
    {
        string? area = null;
        var found = false;
        foreach (var text in (string[])[title.Trim(), headings.Count > 0 ? headings[0].Trim() : "", lead[..FirstSentenceEnd(lead)], second[..FirstSentenceEnd(second)]])
            foreach (System.Text.RegularExpressions.Match m in AreaUnions().Matches(text))
            {
                var start = m.Index;
                var window = Math.Max(0, m.Index - 12);
                string? place = null;
                foreach (var mention in gazetteer.Mentions(text[window..m.Index], places.Top))
                    if (window + mention.At + mention.Length == m.Index)
                        (place, start) = (mention.Path, window + mention.At);
                if (start >= 2 && text[start - 2] == '全' && place is null) start -= 2;
                else if (start >= 1 && text[start - 1] == '全') start -= 1;
                var subject = start == 0 || text[start - 1] is '，' or ',' or '：' or ':' or ' ' or '　' || AfterTimeLead(text, start);
                if (!subject) continue;
                // 某区各街道总工会、某某工联会纷纷行动: the area's lower unions, not its own, doing it each for its part.
                if (m.Groups["lower"].Success && Severally().IsMatch(text.AsSpan(m.Index + m.Length))) return true;
                (found, area) = (true, area ?? place);
            }
        if (!found) return false;
        var own = area is null ? null : names.OfficialPrefix(area) + "总工会";
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in paragraphMentions.SelectMany(m => m))
        {
            if (mention.Role is not (OrganisationRole.Actor or OrganisationRole.Organiser) || OrganisationNames.BareLevel(mention.Name) is not null) continue;
            if (Resolve(mention.Name, places, named) is not { } name || name == own || name == OrganisationNames.NationalName) continue;
            if (area is not null && !OrganisationNames.IsTownUnion(name) && (organisations.RegionOf(name, places.Top) is not { } region || !Gazetteer.Within(region, area) || region == area)) continue;
            lower.Add(name);
        }
        return lower.Count >= 2;
    }

    [System.Text.RegularExpressions.GeneratedRegex("各(?:级|(?<lower>街道|乡镇|镇|区县|县区|区|县|基层)总?)工会(?:组织)?(?!主席)|工会系统")]
    private static partial System.Text.RegularExpressions.Regex AreaUnions();

    // Within the clause after the area's unions, the other units listed with them between: each acting for its part.
    [System.Text.RegularExpressions.GeneratedRegex("^[^，,。；;]{0,30}?(?:纷纷|分别|相继|各自|均)")]
    private static partial System.Text.RegularExpressions.Regex Severally();

    private static int FirstSentenceEnd(string paragraph)
    {
        var end = Sentences.FirstEnd(paragraph, Sentences.StopsOrSemicolon);
        return end < 0 ? paragraph.Length : end;
    }

    /// <summary>How often a report names each place (a deeper place counts for its ancestors too; the title three times).</summary>
    private sealed class PlaceCounts
    {
        private readonly Gazetteer gazetteer;
        private readonly Dictionary<string, double> counts = new(StringComparer.Ordinal);
        // Each place's own mentions, not those of the places inside it (a county-level city's do not count for its prefecture).
        private readonly Dictionary<string, double> ownCounts = new(StringComparer.Ordinal);
        // How many times each place is written (an address 某省某市某区 once), whatever each mention weighs.
        private readonly Dictionary<string, int> times = new(StringComparer.Ordinal);
        // 吉林 written by its short form: the city of that name, for a bare 市总工会 (see OfLevel).
        private readonly Dictionary<string, double> sameNamedCities = new(StringComparer.Ordinal);

        private readonly Lazy<List<string>> enterprises;
        private readonly Lazy<List<string>> mines;
        private readonly Lazy<List<string>> depots;
        private readonly Func<List<string>>? pagePlaces;

        /// <summary>The counties read only from a short form that places nothing here (see <see cref="StrayCountyShortForms"/>).</summary>
        public IReadOnlySet<string> Strays { get; } = new HashSet<string>();

        /// <summary>The one province the whole page names places of, for an item that names none; null otherwise.</summary>
        public string? ProvinceOfPage() =>
            pagePlaces?.Invoke().Select(p => Gazetteer.UpToDepth(p, 1)).Distinct().ToList() is [var only] ? only : null;

        /// <summary>
        /// The one prefecture the whole page names places of, for an item that names none, when the page names two
        /// county-level places of it or more (甲区 in one item, 乙市 in another: a city's round-up, not one county's page,
        /// whose 市 may be a county-level city's); null otherwise.
        /// </summary>
        public string? CityOfPage()
        {
            if (pagePlaces?.Invoke() is not { } page || page.Select(p => Gazetteer.UpToDepth(p, 1)).Distinct().Count() != 1) return null;
            if (page.Select(p => Gazetteer.UpToDepth(p, 2)).Where(p => p.Contains('/')).Distinct().ToList() is not [var city]) return null;
            if (gazetteer.PlaceAt(city) is not { Kind: PlaceKind.Prefecture }) return null;
            var counties = page.Where(p => p.Count(c => c == '/') == 2 && Gazetteer.Within(p, city)).Distinct().Count();
            return counties >= 2 && page.All(p => p == city || Gazetteer.Within(p, city) || !p.Contains('/')) ? city : null;
        }

        /// <summary>
        /// The text as places are counted in it: a zone's union written by the zone's short form (台商区总工会) as the zone
        /// the text names (某市台商投资区总工会); the place before a short form (某市台商区) is not written twice.
        /// </summary>
        private static string WithZonesWrittenOut(string text, IReadOnlyDictionary<string, string> zones)
        {
            foreach (var (shortForm, zone) in zones)
            {
                var place = zone[..zone.LastIndexOf(shortForm[..2], StringComparison.Ordinal)];
                for (var at = text.IndexOf(shortForm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortForm, at + 1, StringComparison.Ordinal))
                {
                    var after = at + shortForm.Length;
                    if (string.CompareOrdinal(text, after, "工会", 0, 2) != 0 && string.CompareOrdinal(text, after, "总工会", 0, 3) != 0) continue;
                    // 各台商区工会, 全台商区工会: every union of the zone, not its own.
                    if (at > 0 && text[at - 1] is '各' or '全' or '每') continue;
                    var start = at >= place.Length && string.CompareOrdinal(text, at - place.Length, place, 0, place.Length) == 0 ? at - place.Length : at;
                    text = text[..start] + zone + text[after..];
                    at = start + zone.Length - 1;
                }
            }
            return text;
        }

        /// <summary>
        /// The zones' short forms the text uses (台商区 → 某市台商投资区; see <see cref="OrganisationNames.ZoneShortForms"/>):
        /// a short form's union is that zone's, and counts the zone's place.
        /// </summary>
        public IReadOnlyDictionary<string, string> ZoneShortForms { get; }

        public PlaceCounts(Gazetteer gazetteer, string title, IReadOnlyList<string> headings, IReadOnlyList<string> paragraphs, IReadOnlyList<string> credits,
            OrganisationNames? names = null, IReadOnlyList<string>? siteLines = null, Func<List<string>>? pagePlaces = null,
            IReadOnlyDictionary<string, string>? zoneShortForms = null)
        {
            this.gazetteer = gazetteer;
            this.pagePlaces = pagePlaces;
            ZoneShortForms = zoneShortForms ?? new Dictionary<string, string>();
            // 台商区总工会 counts as 某市台商投资区总工会 does: its place is named.
            if (ZoneShortForms.Count > 0)
            {
                title = WithZonesWrittenOut(title, ZoneShortForms);
                headings = headings.Select(h => WithZonesWrittenOut(h, ZoneShortForms)).ToList();
                paragraphs = paragraphs.Select(p => WithZonesWrittenOut(p, ZoneShortForms)).ToList();
            }
            enterprises = new(() => names is null ? [] : headings.Prepend(title).Concat(paragraphs).SelectMany(names.Enterprises).ToList());
            mines = new(() => names is null ? [] : headings.Prepend(title).Concat(paragraphs).SelectMany(names.Mines).ToList());
            depots = new(() => names is null ? [] : headings.Prepend(title).Concat(paragraphs).SelectMany(names.Depots).ToList());
            // 书记处书记江某平: a person's name that holds a county's short form places nothing.
            var people = this.people = PeopleNamedLikePlaces(gazetteer, headings.Prepend(title).Concat(paragraphs));
            if (people.Count > 0)
            {
                title = WithoutPeople(title, people);
                headings = headings.Select(h => WithoutPeople(h, people)).ToList();
                paragraphs = paragraphs.Select(p => WithoutPeople(p, people)).ToList();
            }
            // First the places named unambiguously, then shared names resolved against them.
            var townsIn = new Dictionary<string, IReadOnlyList<(int At, int Length, string Name)>>(StringComparer.Ordinal);
            foreach (var text in headings.Prepend(title).Concat(paragraphs)) townsIn.TryAdd(text, gazetteer.TownNames(text));
            var first = new List<string>();
            foreach (var m in OutsideTowns(gazetteer.Mentions(title), townsIn[title])) first.Add(m.Path);
            foreach (var p in paragraphs.Take(3)) foreach (var m in OutsideTowns(gazetteer.Mentions(p), townsIn[p])) first.Add(m.Path);
            // 南日镇, 沙头角街道: a town names the county it lies in when towns.tsv settles which — the one town of that
            // name, or the one inside a place the text names or another of its towns settles (东庄镇 beside 南日镇) —
            // and that county lies inside what the title and the opening name, if they name anything: a town elsewhere
            // is a namesake the table does not know, or a place far from the news.
            var townContext = new List<string>(first);
            // An item of a page of several that names no place of its own, only a town or street several counties have
            // (某街道某社区 in one of a district's community items): the places the page names settle which.
            if (first.Count == 0 && pagePlaces is not null && townsIn.Values.Any(t => t.Count > 0)) townContext.AddRange(pagePlaces());
            // A shared name written with one of its communities (观澜街道桂花社区) is settled by it (town-communities.tsv).
            foreach (var (text, towns) in townsIn)
                foreach (var town in towns)
                    if (gazetteer.CountyOfTownIn(text, town.At, town.Length) is { } county && Agrees(county, first)) townContext.Add(county);
            var read = new List<(IReadOnlyList<PlaceMention> Mentions, double Weight, string? Text)>
            {
                (PlacesIn(title, townsIn[title], first, townContext), 3, title),
            };
            foreach (var h in headings) read.Add((PlacesIn(h, townsIn[h], first, townContext), 1, h));
            // The lead says where the news happened; a site's blurb (…更多>) says where the site is.
            var lead = true;
            foreach (var p in paragraphs)
            {
                var chrome = MoreLink().IsMatch(p);
                // 地址：某市某区某路29号 邮编：…: where an office sits, down to its city (the district is the street's,
                // not the news').
                if (ContactLine().IsMatch(p))
                {
                    read.Add((gazetteer.Mentions(p, first).Select(m => m with { Path = Gazetteer.UpToDepth(m.Path, 2) }).DistinctBy(m => m.Path).ToList(), 1, null));
                    continue;
                }
                read.Add((PlacesIn(p, townsIn[p], first, townContext), chrome ? 0.3 : lead ? 1.5 : 1, p));
                if (!chrome) lead = false;
            }
            var strays = StrayCountyShortForms(gazetteer, read.SelectMany(r => r.Mentions).ToList());
            Strays = strays;
            // An item of a page of several: a county's short form written alone in it (西山 of 某山煤电) while the page
            // names places, none of them in that county's province, is as stray (the page's own strays already left out).
            if (pagePlaces is not null)
            {
                var all = read.SelectMany(r => r.Mentions).ToList();
                foreach (var m in all)
                {
                    if (m.ByFullName || strays.Contains(m.Path) || gazetteer.PlaceAt(m.Path) is not { Kind: PlaceKind.County }) continue;
                    var province = Gazetteer.UpToDepth(m.Path, 1);
                    if (all.Any(o => Gazetteer.Within(o.Path, province) && (o.ByFullName || o.Path != m.Path))) continue;
                    var ofPage = pagePlaces();
                    if (ofPage.Count > 0 && !ofPage.Any(p => Gazetteer.Within(p, province))) strays.Add(m.Path);
                }
            }
            foreach (var (mentions, weight, text) in read)
                Count(strays.Count == 0 ? mentions : mentions.Where(m => m.ByFullName || !strays.Contains(m.Path)).ToList(), weight, text);
            // 来源：某某县电视台: the local media that carried the item say where it is, weakly.
            foreach (var c in credits) Count(gazetteer.Mentions(c, first), 0.5);
            // 版权所有 ©某某市总工会, 首页 > 某省 > 某市: where the site is, which says least of all.
            foreach (var line in siteLines ?? []) Count(gazetteer.Mentions(line, first), 0.25);
            Top = counts.OrderByDescending(c => c.Value).Take(3).Select(c => c.Key).ToList();
        }

        /// <summary>The places a text names, with the counties of the towns it names (counted as short forms are: a town is a weak sign).</summary>
        private IReadOnlyList<PlaceMention> PlacesIn(string text, IReadOnlyList<(int At, int Length, string Name)> towns, List<string> context, List<string> townContext)
        {
            var places = gazetteer.Mentions(text, context);
            if (towns.Count == 0) return places;
            places = OutsideTowns(places, towns);
            var merged = places.ToList();
            foreach (var (at, length, name) in towns)
                if (!places.Any(p => p.At < at + length && at < p.At + p.Length) && gazetteer.PlaceOfTownIn(text, at, length, townContext) is { } county
                    && Agrees(county, context))
                    merged.Add(new PlaceMention(at, length, county, false));
            merged.Sort((a, b) => a.At.CompareTo(b.At));
            return merged;
        }

        /// <summary>
        /// Counties written only by their short form in a province the text names nothing else of, while it names
        /// another province's places in full, or by a short form that is only a place (安徽省三大化工基地 holds 大化, a
        /// county of 广西's; 天津港 beside a slogan's 灯塔): two characters of other words, not a place; the text would name
        /// a county so far away with its province or in full.
        /// </summary>
        public static HashSet<string> StrayCountyShortForms(Gazetteer gazetteer, List<PlaceMention> mentions)
        {
            var strays = new HashSet<string>(StringComparer.Ordinal);
            // A province's or prefecture's short form that is only a place (天津, 重庆 as jieba knows them) names its
            // place as surely as its full name does — unless another province's county short form follows it right
            // away (某省某县某某有限公司 with the county elsewhere): the two are an enterprise's name, which a far county's
            // short form opens after its own province's, and neither says more than that name does.
            var namePrefixes = new HashSet<int>();
            for (var i = 0; i + 1 < mentions.Count; i++)
                if (!mentions[i].ByFullName && !mentions[i + 1].ByFullName && mentions[i].At + mentions[i].Length == mentions[i + 1].At
                    && gazetteer.PlaceAt(mentions[i + 1].Path) is { Kind: PlaceKind.County }
                    && !Gazetteer.Within(mentions[i + 1].Path, Gazetteer.UpToDepth(mentions[i].Path, 1)))
                    namePrefixes.Add(i);
            bool Sure(PlaceMention o, int i) => o.ByFullName
                || !namePrefixes.Contains(i) && gazetteer.PlaceAt(o.Path) is { Kind: not PlaceKind.County } && gazetteer.ShortFormIsOnlyAPlace(o.Path);
            var sure = mentions.Where(Sure).ToList();
            if (sure.Count == 0) return strays;
            foreach (var m in mentions)
            {
                if (m.ByFullName || strays.Contains(m.Path) || gazetteer.PlaceAt(m.Path) is not { Kind: PlaceKind.County }) continue;
                var province = Gazetteer.UpToDepth(m.Path, 1);
                if (!mentions.Any(o => Gazetteer.Within(o.Path, province) && (o.ByFullName || o.Path != m.Path))
                    && sure.Any(o => !Gazetteer.Within(o.Path, province)))
                    strays.Add(m.Path);
            }
            return strays;
        }

        /// <summary>
        /// The place mentions that are not a short form inside a town's name the text writes whole (罗庄 in 罗庄镇, 城关
        /// in 城关镇: towns named like a county elsewhere): the town is the place written there, and a namesake county
        /// read out of it would both count for that county and keep the town's own county from agreeing with the text.
        /// </summary>
        private static IReadOnlyList<PlaceMention> OutsideTowns(IReadOnlyList<PlaceMention> places, IReadOnlyList<(int At, int Length, string Name)> towns) =>
            towns.Count == 0 || !places.Any(p => InsideTown(p, towns)) ? places : places.Where(p => !InsideTown(p, towns)).ToList();

        private static bool InsideTown(PlaceMention place, IReadOnlyList<(int At, int Length, string Name)> towns) =>
            !place.ByFullName && towns.Any(t => t.At <= place.At && place.At + place.Length <= t.At + t.Length);

        private static bool Agrees(string county, List<string> named) => named.Count == 0 || named.Any(p => Gazetteer.Within(county, p));

        /// <summary>People's names written after their titles (主席王某, 书记江某平) that hold a place's short form.</summary>
        private static List<string> PeopleNamedLikePlaces(Gazetteer gazetteer, IEnumerable<string> texts)
        {
            var people = new List<string>();
            foreach (var text in texts)
                foreach (System.Text.RegularExpressions.Match m in PersonAfterTitle().Matches(text))
                {
                    var name = m.Groups[1].Value;
                    if (!people.Contains(name) && gazetteer.Mentions(name).Any(p => !p.ByFullName)) people.Add(name);
                }
            return people;
        }

        // People's names written after their titles that hold a place's short form (巡视员佟永春).
        private readonly List<string> people;

        /// <summary>The text with the people named like places blanked out (see <see cref="PeopleNamedLikePlaces"/>).</summary>
        public string WithoutPeople(string text) => people.Count == 0 ? text : WithoutPeople(text, people);

        private static string WithoutPeople(string text, List<string> people)
        {
            foreach (var person in people) text = text.Replace(person, new string('　', person.Length), StringComparison.Ordinal);
            return text;
        }

        /// <summary>
        /// The enterprise a bare 公司工会/集团工会 belongs to: the one the document names most (a group for 集团), the
        /// first named on a tie; null when it names none.
        /// </summary>
        public string? Enterprise(bool group)
        {
            var named = enterprises.Value.Where(e => !group || e.Contains(OrganisationNames.Group, StringComparison.Ordinal)).ToList();
            // 湖北某某县供电公司 and 某某县供电公司: one enterprise, written once with the place it lies in before it; counted
            // under the shorter form, as its union is named.
            string Own(string e) => named.Where(s => s.Length < e.Length && e.EndsWith(s, StringComparison.Ordinal)
                    && gazetteer.Mentions(e[..^s.Length]) is [{ At: 0 } place] && place.Length == e.Length - s.Length)
                .OrderBy(s => s.Length).FirstOrDefault() ?? e;
            return named.GroupBy(Own).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        }

        /// <summary>The mine a bare 该矿工会 belongs to: the one the document names most, the first named on a tie; null when it names none.</summary>
        public string? Mine() => mines.Value.GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        /// <summary>The railway depot a bare 该段工会 belongs to: the one the document names most, the first named on a tie; null when it names none.</summary>
        public string? Depot() => depots.Value.GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        /// <summary>Whether the text names another county of the prefecture <paramref name="county"/> lies in.</summary>
        public bool NamesAnotherCountyBeside(string county)
        {
            var prefecture = county[..Math.Max(0, county.LastIndexOf('/'))] + "/";
            return counts.Keys.Any(k => k != county && k.StartsWith(prefecture, StringComparison.Ordinal) && k.IndexOf('/', prefecture.Length) < 0);
        }

        /// <summary>The most named places, as context for shared names.</summary>
        public IReadOnlyList<string> Top { get; }

        private void Count(IReadOnlyList<PlaceMention> mentions, double weight, string? text = null)
        {
            var carried = 0.0;
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                // A short form counts less than a full name, a city's (济宁能源 in the lead, 国网某某供电公司 though the
                // short form is also a word) more than a county's, which may be part of a word (新化 in 创新化): one in the
                // lead places a text, as two in the body do.
                var onlyAPlace = text is null ? gazetteer.ShortFormIsOnlyAPlace(m.Path) : gazetteer.ShortFormIsOnlyAPlace(m.Path, text, m.At, m.Length);
                var w = Math.Max(carried, weight * (m.ByFullName ? 1 : weight >= 3 ? 0.6 : onlyAPlace ? 0.4 : 0.3));
                // 为某市经济社会发展贡献力量: the area a purpose clause serves counts more (PlaceRoles).
                if (text is not null) w *= PlaceRoles.Weight(text, m);
                carried = 0;
                // 成都市金牛区, 重庆渝中区, 江苏昆山: a place written right before one inside it is that one's address, one
                // mention of one place, not a second mention of the larger place (which would outweigh its district).
                if (k + 1 < mentions.Count && mentions[k + 1].At == m.At + m.Length && mentions[k + 1].Path != m.Path && Gazetteer.Within(mentions[k + 1].Path, m.Path))
                {
                    carried = w;
                    continue;
                }
                ownCounts[m.Path] = ownCounts.GetValueOrDefault(m.Path) + w;
                for (var path = m.Path; ; path = path[..path.LastIndexOf('/')])
                {
                    counts[path] = counts.GetValueOrDefault(path) + w;
                    // Only the text's own mentions: a credit or a site line is an outlet's place, nobody's or no stop's.
                    if (text is not null) times[path] = times.GetValueOrDefault(path) + 1;
                    if (!path.Contains('/')) break;
                }
                if (!m.ByFullName && gazetteer.SameNamedCity(m.Path) is { } city) sameNamedCities[city] = sameNamedCities.GetValueOrDefault(city) + w;
            }
        }

        /// <summary>
        /// The most named place whose name ends with the level (市, 县, 区, 省, 州); municipalities count as 市 and 省. A
        /// text naming no city but 吉林 (the province's short form and a city's name) gives 市 that city.
        /// </summary>
        public string? OfLevel(string level)
        {
            var found = counts.Where(c => gazetteer.PlaceAt(c.Key) is { } place && Fits(place, level))
                .OrderByDescending(c => c.Value).ThenByDescending(c => c.Key.Length).Select(c => c.Key).FirstOrDefault()
                ?? (level == "市" ? sameNamedCities.OrderByDescending(c => c.Value).Select(c => c.Key).FirstOrDefault() : null);
            return level == "市" && found is not null ? CountyLevelCityNamedMore(found) ?? found : found;
        }

        /// <summary>Every place of the bare level <paramref name="level"/> the text names, most named first.</summary>
        public IReadOnlyList<string> AllOfLevel(string level) =>
            counts.Where(c => c.Value > 0 && gazetteer.PlaceAt(c.Key) is { } place && Fits(place, level))
                .OrderByDescending(c => c.Value).Select(c => c.Key).ToList();

        /// <summary>
        /// A county-level city inside <paramref name="prefecture"/> named more often on its own than the prefecture
        /// is (某市日报 once, a county-level city in the dateline and twice more): a bare 市总工会 or 我市 there is that city's. The
        /// prefecture's count holds its cities' mentions, so without this it would always win.
        /// </summary>
        private string? CountyLevelCityNamedMore(string prefecture)
        {
            if (gazetteer.PlaceAt(prefecture) is not { Kind: PlaceKind.Prefecture }) return null;
            var own = ownCounts.GetValueOrDefault(prefecture);
            var counties = ownCounts.Where(c => Gazetteer.Within(c.Key, prefecture) && c.Key != prefecture && gazetteer.PlaceAt(c.Key) is { Kind: PlaceKind.County })
                .OrderByDescending(c => c.Value).ToList();
            // 甲市总工会、乙市总工会、丙县总工会 each named as often in a prefecture's list of its counties' winners: the bare
            // 市总工会 is the prefecture's; a county-level city is the writer only when it is named more than any other county.
            return counties.Count > 0 && counties[0].Value > own && gazetteer.PlaceAt(counties[0].Key)!.Name.EndsWith('市')
                && (counties.Count == 1 || counties[1].Value < counties[0].Value) ? counties[0].Key : null;
        }

        public static bool Fits(Place place, string level) => level switch
        {
            "省" => place.Kind == PlaceKind.Province,
            OrganisationNames.AutonomousRegion => place.Kind == PlaceKind.Province && place.Name.EndsWith(OrganisationNames.AutonomousRegion, StringComparison.Ordinal),
            "市" => place.Name.EndsWith('市') && place.Kind != PlaceKind.Province || place.Kind == PlaceKind.Province && place.Name.EndsWith('市'),
            "州" => place.Name.EndsWith('州') && place.Kind == PlaceKind.Prefecture,
            _ => place.Kind == PlaceKind.County && place.Name.EndsWith(level, StringComparison.Ordinal),
        };

        private double ProvinceTotal() => counts.Where(c => !c.Key.Contains('/')).Sum(c => c.Value);

        /// <summary>
        /// Whether the province of <paramref name="region"/> is written once (one full name, or less) while the text names
        /// other provinces' places too: the places of people and stops in a text that says nothing of its own place.
        /// </summary>
        private bool NamedOnceAmongOthers(string region)
        {
            var province = Gazetteer.UpToDepth(region, 1);
            return times.GetValueOrDefault(province) == 1 && times.Any(t => !t.Key.Contains('/') && t.Key != province);
        }

        /// <summary>
        /// The place the text is about: the most named province, then within it the most named city if it has at least
        /// half the province's mentions, then a county likewise; none when that province is written once while another
        /// province is named too (a national meeting's guests named by their employers, a company's outings to three
        /// cities: the people's and the stops' places, not the text's own).
        /// </summary>
        public string? Dominant() => MostNamed() is { } most && !NamedOnceAmongOthers(most) ? most : null;

        /// <summary>Whether the text names places, but only others' (<see cref="Dominant"/> gives none for them).</summary>
        public bool NamesOnlyOthersPlaces => MostNamed() is { } most && NamedOnceAmongOthers(most);

        private string? MostNamed()
        {
            string? chosen = null;
            var chosenCount = 0.0;
            while (true)
            {
                var prefix = chosen is null ? null : chosen + "/";
                var next = counts.Where(c => prefix is null ? !c.Key.Contains('/') : c.Key.StartsWith(prefix, StringComparison.Ordinal) && c.Key.IndexOf('/', prefix.Length) < 0)
                    .OrderByDescending(c => c.Value).FirstOrDefault();
                // One short form inside the body (新化 in 创新化, 城东 in 城东社区) is too little to place a document; a
                // text whose provinces together outweigh the most named one (a national round-up, a campaign in eight
                // provinces' zones) is about none of them.
                if (next.Key is null || (chosen is null ? next.Value < 0.6 || next.Value < ProvinceTotal() / 2 : next.Value < chosenCount / 2)) return chosen;
                (chosen, chosenCount) = (next.Key, next.Value);
            }
        }
    }
}
