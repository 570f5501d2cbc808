using System.Globalization;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Theme → weighted keywords, from an editable TSV (<c>theme, keyword, weight</c>), plus the former names of themes
/// (<see cref="ThemeAliases"/>) and the themes that name a group of workers rather than a kind of work
/// (<c>theme-groups.tsv</c>), the share of the strongest score at which a theme the report names in its own
/// terms is kept where tune's labels set it apart from the usual quarter (<c>theme-named-shares.tsv</c>), and whom a
/// care action serves (<c>theme-beneficiaries.tsv</c>, <see cref="ThemeBeneficiaries"/>), and the words that count for
/// their theme only beside another of its keywords (<c>theme-supporting.tsv</c>). Text is
/// matched folded to simplified script, and every theme says which keywords gave it (the evidence shown with a passage).
/// </summary>
internal sealed class ThemeTaxonomy
{
    private readonly (string Theme, string Keyword, double Weight)[] keywords;
    private readonly double threshold;
    private readonly Dictionary<string, int> order;
    private readonly KeywordScanner scanner;
    private readonly HashSet<string> groups;
    private readonly HashSet<(string Theme, string Keyword)> supporting;
    private readonly Dictionary<string, double> namedShares;
    private readonly ThemeSpread spread;
    private readonly ThemeIndependence independence;
    private readonly IReadOnlyDictionary<string, double> keptShares;
    private readonly ThemePlacement placement;
    private readonly ThemeBeneficiaries beneficiaries;
    private readonly ThemeBeneficiary beneficiary;
    private readonly ThemePassingMention passing;
    private readonly ThemeServedCondition servedCondition;
    private readonly ThemeQuotedName quoted;
    private readonly bool readsPastChrome;

    public ThemeTaxonomy(IEnumerable<string> lines, double threshold, ThemeAliases? aliases = null, IEnumerable<string>? groupLines = null,
        IEnumerable<string>? namedShareLines = null, ThemeSpread? spread = null, ThemeIndependence? independence = null,
        IReadOnlyDictionary<string, double>? keptShares = null, ThemePlacement? placement = null,
        IEnumerable<string>? beneficiaryLines = null, ThemeBeneficiary? beneficiary = null, ThemePassingMention? passing = null,
        ThemeServedCondition? servedCondition = null, bool readsPastChrome = true, IEnumerable<string>? placeNames = null,
        ThemeQuotedName? quoted = null, IEnumerable<string>? supportingLines = null)
    {
        this.quoted = quoted ?? ThemeQuotedName.Default;
        this.readsPastChrome = readsPastChrome;
        this.servedCondition = servedCondition ?? ThemeServedCondition.Default;
        this.passing = passing ?? ThemePassingMention.Default;
        this.beneficiary = beneficiary ?? ThemeBeneficiary.Default;
        this.placement = placement ?? ThemePlacement.Default;
        this.keptShares = keptShares ?? new Dictionary<string, double>();
        this.threshold = threshold;
        this.spread = spread ?? ThemeSpread.Default;
        this.independence = independence ?? ThemeIndependence.Default;
        Aliases = aliases ?? new ThemeAliases([]);
        var list = new List<(string, string, double)>();
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length < 3 || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"themes file, line {number}: expected 'theme<TAB>keyword<TAB>weight'");
            list.Add((parts[0], ScriptFold.Default.Fold(parts[1]), weight));
        }
        Themes = list.Select(k => k.Item1).Distinct().ToArray();
        list.AddRange(PlaceNamesHiding(placeNames ?? [], list));
        keywords = list.ToArray();
        order = Themes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        scanner = new KeywordScanner(keywords.Select(k => k.Keyword).ToList());
        groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(groupLines ?? []))
        {
            if (parts.Length != 1 || !order.ContainsKey(parts[0]))
                throw new FormatException($"theme groups, line {number}: expected one theme of the taxonomy");
            groups.Add(parts[0]);
        }
        namedShares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(namedShareLines ?? []))
        {
            if (parts.Length != 2 || !order.ContainsKey(parts[0])
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1)
                throw new FormatException($"theme named shares, line {number}: expected 'theme<TAB>share' with a theme of the taxonomy and a share from 0 to 1");
            namedShares[parts[0]] = share;
        }
        supporting = [];
        foreach (var (number, parts) in DataRows.Fields(supportingLines ?? []))
        {
            var keyword = parts.Length == 2 ? ScriptFold.Default.Fold(parts[1]) : "";
            if (parts.Length != 2 || !order.ContainsKey(parts[0]) || !list.Any(k => k.Item1 == parts[0] && k.Item2 == keyword && k.Item3 > 0))
                throw new FormatException($"theme supporting words, line {number}: expected 'theme<TAB>keyword' with a keyword of that theme in the taxonomy");
            supporting.Add((parts[0], keyword));
        }
        beneficiaries = beneficiaryLines is null ? ThemeBeneficiaries.None : new ThemeBeneficiaries(beneficiaryLines);
        if (beneficiaries.Themes.FirstOrDefault(t => !order.ContainsKey(t)) is { } unknown)
            throw new FormatException($"theme beneficiaries: '{unknown}' is no theme of the taxonomy");
    }

    /// <summary>
    /// The taxonomy file and, when they exist, <c>theme-aliases.tsv</c>, <c>theme-groups.tsv</c>,
    /// <c>theme-named-shares.tsv</c>, <c>theme-beneficiaries.tsv</c> and <c>theme-supporting.tsv</c> in the same folder; <paramref name="placeNames"/>:
    /// the names the gazetteer reads as places (<see cref="Gazetteer.PlaceNames"/>), whose keywords inside count for nothing.
    /// </summary>
    public static ThemeTaxonomy Load(string path, double threshold, IEnumerable<string>? placeNames = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        IEnumerable<string>? Beside(string name) => File.Exists(Path.Combine(folder, name)) ? File.ReadLines(Path.Combine(folder, name)) : null;
        return new(File.ReadLines(path), threshold, ThemeAliases.Load(Path.Combine(folder, "theme-aliases.tsv")),
            Beside("theme-groups.tsv"), Beside("theme-named-shares.tsv"), beneficiaryLines: Beside("theme-beneficiaries.tsv"),
            placeNames: placeNames, supportingLines: Beside("theme-supporting.tsv"));
    }

    /// <summary>
    /// A keyword read inside a place's name is no keyword there: 云 (a cloud service) in 云南省, 连云港 or 缙云县 says
    /// nothing of a report from those places. Every place name (GB/T 2260's divisions by their full names, short forms,
    /// usual and former names, as the gazetteer reads them) that holds a keyword of weight above 0 without being one
    /// becomes a phrase of weight 0, which hides the keywords inside it as themes.tsv's own rows of weight 0 do. A short
    /// form that is an ordinary word is no place name to the gazetteer, so the word is not hidden.
    /// </summary>
    private static IEnumerable<(string, string, double)> PlaceNamesHiding(IEnumerable<string> placeNames, List<(string Theme, string Keyword, double Weight)> list)
    {
        var spelt = list.Select(k => k.Keyword).ToHashSet(StringComparer.Ordinal);
        var weighed = list.Where(k => k.Weight > 0).ToList();
        foreach (var name in placeNames.Select(n => ScriptFold.Default.Fold(n)).Where(n => n.Length > 1 && !spelt.Contains(n)).Distinct().Order(StringComparer.Ordinal))
            if (weighed.FirstOrDefault(k => k.Keyword.Length < name.Length && name.Contains(k.Keyword, StringComparison.Ordinal)) is { Theme: not null } inside)
                yield return (inside.Theme, name, 0);
    }

    public IReadOnlyList<string> Themes { get; }

    public ThemeAliases Aliases { get; }

    /// <summary>Themes whose distinct keywords in the (folded) text weigh at least the threshold, strongest first.</summary>
    public IReadOnlyList<string> For(string text) => Match(text).Select(m => m.Theme).ToList();

    /// <summary>
    /// The same, with the keywords that gave each theme. When reports keep a group's theme for its beneficiaries
    /// (<see cref="ThemeBeneficiary"/> not off), a text whose care action names the group's people has that theme too,
    /// its evidence saying so (<c>慰问→劳动模范</c>) beside any keywords. A line of the page around the report
    /// (<see cref="PageChrome"/>: a shape the line classifier drops, or a menu, a view counter, a disclaimer, a roster kept as text) has none.
    /// </summary>
    public IReadOnlyList<ThemeMatch> Match(string text, double? atLeast = null)
    {
        if (readsPastChrome && PageChrome.Holds(text)) return [];   // a site's menu or disclaimer is about no theme
        var scores = Score(text);
        var minimum = atLeast ?? threshold;
        var served = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!beneficiary.IsOff)
            foreach (var (theme, who) in BeneficiariesIn(text))
                if (who.Where(b => beneficiary.Counts(theme, b)).Select(b => b.ToString()).ToList() is { Count: > 0 } why)
                    served[theme] = why;
        return scores.Where(s => s.Value.Score >= minimum || served.ContainsKey(s.Key))
            .OrderByDescending(s => s.Value.Score).ThenBy(s => order[s.Key])
            .Select(s => new ThemeMatch(s.Key, served.TryGetValue(s.Key, out var why) ? s.Value.Keywords.Concat(why).ToList() : s.Value.Keywords))
            .ToList();
    }

    /// <summary>The group themes a (folded) text names as a care action's beneficiaries, with that evidence (<see cref="ThemeBeneficiaries"/>).</summary>
    internal Dictionary<string, List<Beneficiary>> BeneficiariesIn(string text) =>
        beneficiaries.In(text, sentence => scanner.FindOutermost(sentence).Select(i => keywords[i].Keyword));

    private Dictionary<string, (double Score, List<string> Keywords)> Score(string text)
    {
        var scores = new Dictionary<string, (double Score, List<string> Keywords)>(StringComparer.Ordinal);
        foreach (var index in scanner.Find(text))
        {
            var (theme, keyword, weight) = keywords[index];
            if (weight == 0) continue;                    // a phrase only hiding the keywords inside it
            var (score, found) = scores.TryGetValue(theme, out var s) ? s : (0, []);
            found.Add(keyword);
            scores[theme] = (score + weight, found);
        }
        return scores;
    }

    /// <summary>
    /// A report's themes, weighed by where their keywords stand: a keyword counts its weight once for every passage and
    /// heading it occurs in, three times in the title and twice in the lead paragraph and in a heading — the title and
    /// lead say what a report is about, a passing mention in one paragraph does not. A phrase counts once, as its own
    /// keyword, not again for each shorter keyword inside it (产业工人队伍建设改革 is not also 产业工人, 队伍建设 and 改革),
    /// so a theme whose vocabulary nests does not outweigh the others by spelling. The themes that reach half the
    /// strongest theme's score, at most three, but for a passing mention (<see cref="ThemePassingMention"/>: a second
    /// theme under 0.55 of the strongest whose keywords stand in one passage and not in the title); none when all the keywords found, wherever they stand, weigh less than
    /// one keyword that names a topic (a text that does not speak of union work). A group of workers the report keeps
    /// naming (a group theme reaching <see cref="GroupNamedThroughout"/>) is kept as well, in place of the third theme
    /// when there are three: whom a report serves is another question than what was done for them, and a group is named
    /// with a few words while the work done has many, so it seldom reaches half of the work's score. A paragraph's opening
    /// clause of purpose (<see cref="PurposeClause"/>: 为深入学习贯彻…精神，) counts for nothing. A theme the report names in
    /// its own terms — one of its topic words (<see cref="TopicWord"/>: 集中入会, 慰问, 技能提升) in the title, one of its
    /// defining phrases (<see cref="DefiningPhrase"/>: 职代会, 技能大赛, 职工之家) in the lead, or one of its strongest
    /// (<see cref="OwnName"/>, mostly the theme's own name: 产业工人队伍建设改革, 疗休养, 网上工会) anywhere — is kept from a
    /// quarter of the strongest score while fewer than three are kept: a short news item
    /// says its second topic once, in so many words, and the first topic's many everyday words keep it under half. A
    /// theme of <c>theme-named-shares.tsv</c> is kept from its own share instead: a frame such as 产业工人队伍建设改革,
    /// which a report on a studio or a contest states once to place its work in the reform, is the report's theme
    /// however much the work itself weighs. A theme whose keywords stand in many more of the report's passages than the
    /// strongest theme's (<see cref="ThemeSpread"/>) and weigh at least what a passage needs for a theme is kept too while
    /// fewer than three are kept: the strongest theme can owe its score to the title and lead alone, while the body keeps
    /// returning to another (a word named in passing in two closing lines, 维权服务 and 维权工作, weighs less). A group
    /// whose people a care action names as its beneficiaries (<see cref="ThemeBeneficiary"/>: as shipped, one of them by name) is kept
    /// too while fewer than three are kept. Care for workers in a condition (<see cref="ThemeServedCondition"/>: heat relief,
    /// 慰问 with 高温 or 送清凉) told in the title, a heading or the opening passages keeps both the condition's theme and the
    /// care's while fewer than three are kept.
    /// </summary>
    public IReadOnlyList<string> ForReport(string title, IReadOnlyList<string> headings, IReadOnlyList<string> passages) =>
        Choose(Candidates(title, headings, passages));

    /// <summary>
    /// Every theme a report's keywords reach, weighed by where they stand (see <see cref="ForReport"/>), strongest first,
    /// with what the choice among them reads; empty when all the keywords found weigh less than <see cref="MinimumEvidence"/>.
    /// </summary>
    public IReadOnlyList<ThemeCandidate> Candidates(string title, IReadOnlyList<string> headings, IReadOnlyList<string> passages)
    {
        // The page's furniture counts for nothing (PageChrome: the classifier's chrome, and the menus, counters, disclaimers
        // and rosters the splitter keeps as text). A menu standing first keeps the lead's
        // place rather than handing it to the next paragraph: moved up, a round-up's overview paragraph of every topic
        // gave tune a theme no label names, and none that one does.
        if (readsPastChrome)
        {
            headings = headings.Where(h => !PageChrome.Holds(h)).ToList();
            passages = passages.Select(p => PageChrome.Holds(p) ? "" : p).ToList();
        }
        var scores = new Dictionary<string, (double Weighed, double Plain, bool Named, int Passages)>(StringComparer.Ordinal);
        var served = new Dictionary<string, (int Any, int Named)>(StringComparer.Ordinal);
        void Serves(string text)
        {
            if (beneficiary.IsOff) return;                // nothing reads it: spare the scan
            foreach (var (theme, who) in BeneficiariesIn(text))
            {
                var (any, named) = served.GetValueOrDefault(theme);
                // A group named only in long lists of those served is not counted (ThemeBeneficiary.FewerListedThan).
                if (who.Any(b => b.Name is not null || b.Listed < beneficiary.ListLimitFor(theme)))
                    served[theme] = (any + 1, named + (who.Any(b => b.Name is not null) ? 1 : 0));
            }
        }
        var inPassages = new List<Dictionary<string, double>>();
        var unquoted = new HashSet<string>(StringComparer.Ordinal);
        var supported = new HashSet<string>(StringComparer.Ordinal);     // themes with a keyword found that is no supporting word
        Dictionary<string, double> Add(string text, double factor, double naming, bool passage)
        {
            var here = new Dictionary<string, double>(StringComparer.Ordinal);
            if (text.Length == 0) return here;
            // The keywords outside quotes: a second scan only for a text that quotes something (else nothing reads them,
            // or the scan below finds the same).
            var quotesSomething = false;
            if (quoted.LeavesOut && quoted.Unquoted(text) is var outside && !ReferenceEquals(outside, text))
            {
                quotesSomething = true;
                foreach (var index in scanner.FindOutermost(outside))
                    if (keywords[index].Weight > 0) unquoted.Add(keywords[index].Theme);
            }
            foreach (var index in scanner.FindOutermost(text))
            {
                var (theme, keyword, weight) = keywords[index];
                if (quoted.LeavesOut && !quotesSomething && weight > 0) unquoted.Add(theme);
                if (weight == 0) continue;                // a phrase only hiding the keywords inside it (工会组织开展)
                if (supporting.Count == 0 || !supporting.Contains((theme, keyword))) supported.Add(theme);
                var (weighed, plain, isNamed, held) = scores.GetValueOrDefault(theme);
                scores[theme] = (weighed + factor * weight, plain + weight, isNamed || weight >= naming, held + (passage && !here.ContainsKey(theme) ? 1 : 0));
                here[theme] = here.GetValueOrDefault(theme) + weight;
            }
            return here;
        }
        var inTitle = Add(title, placement.Title, TopicWord, passage: false);
        Serves(title);
        foreach (var heading in headings.Distinct(StringComparer.Ordinal)) Add(heading, placement.Heading, OwnName, passage: false);
        for (var i = 0; i < passages.Count; i++)
        {
            var text = PurposeClause.Without(passages[i]);
            inPassages.Add(Add(text, i == 0 ? placement.Lead : 1, i == 0 ? DefiningPhrase : OwnName, passage: true));
            Serves(text);
        }
        if (scores.Values.Sum(s => s.Plain) < MinimumEvidence) return [];
        var opening = ServedConditionInOpening(title, headings, passages);
        var ranked = scores.OrderByDescending(s => s.Value.Weighed).ThenBy(s => order[s.Key]).ToList();
        var strongest = ranked[0].Key;
        return ranked
            .Select(s => new ThemeCandidate(s.Key, s.Value.Weighed, s.Value.Named, s.Value.Passages, passages.Count, groups.Contains(s.Key),
                inPassages.Count(p => p.GetValueOrDefault(s.Key) >= threshold && !p.ContainsKey(strongest)), served.GetValueOrDefault(s.Key).Any,
                served.GetValueOrDefault(s.Key).Named, inTitle.ContainsKey(s.Key), opening.Contains(s.Key),
                quoted.LeavesOut && !unquoted.Contains(s.Key), supporting.Count > 0 && !supported.Contains(s.Key)))
            .ToList();
    }

    /// <summary>
    /// The themes of the conditions whose workers a care action serves in the title, a heading or the opening passages,
    /// with the care's theme when there is one (<see cref="ThemeServedCondition"/>); empty when the rule is off.
    /// </summary>
    private HashSet<string> ServedConditionInOpening(string title, IReadOnlyList<string> headings, IReadOnlyList<string> passages)
    {
        var themes = new HashSet<string>(StringComparer.Ordinal);
        if (servedCondition.IsOff) return themes;
        var opening = headings.Distinct(StringComparer.Ordinal).Prepend(title)
            .Concat(passages.Take(servedCondition.OpeningPassages).Select(PurposeClause.Without));
        foreach (var text in opening)
            foreach (var (theme, who) in BeneficiariesIn(text))
                if (who.Any(b => beneficiaries.IsCondition(b.Word)))
                    themes.Add(theme);
        if (themes.Count > 0 && beneficiaries.CareTheme is { } care) themes.Add(care);
        return themes;
    }

    private IReadOnlyList<string> Choose(IReadOnlyList<ThemeCandidate> ranked)
    {
        if (ranked.Count == 0) return [];
        // A second theme named only inside quotation marks (ThemeQuotedName) is no candidate for any of the ways below.
        var first = ranked[0];
        if (quoted.LeavesOut) ranked = ranked.Where(c => !quoted.Holds(c, first)).ToList();
        // A theme found only by its supporting words (theme-supporting.tsv: 大赛 or 决赛 with no word of a contest of work or
        // skills, 户外劳动者 with no word of a new form of work) is not kept — the report does not say it — but it still
        // weighs what the report is about: a ball-game 大赛 told throughout leaves the themes named in passing under half.
        var lead = ranked[0];
        ranked = ranked.Where(c => !c.Unsupported).ToList();
        if (ranked.Count == 0) return [];
        var strongest = lead.Score;
        var kept = ranked.Where(c => c.Score >= strongest * keptShares.GetValueOrDefault(c.Theme, RelativeToStrongest) && !passing.Holds(c, lead))
            .Take(MostThemesPerReport).Select(c => c.Theme).ToList();
        foreach (var c in ranked)
            if (kept.Count < MostThemesPerReport && !kept.Contains(c.Theme) && c.Named
                && c.Score >= strongest * namedShares.GetValueOrDefault(c.Theme, NamedRelativeToStrongest))
                kept.Add(c.Theme);
        foreach (var c in ranked)
            if (kept.Count < MostThemesPerReport && !kept.Contains(c.Theme) && spread.Holds(c, lead) && c.Score >= threshold)
                kept.Add(c.Theme);
        foreach (var c in ranked)
            if (kept.Count < MostThemesPerReport && !kept.Contains(c.Theme) && independence.Holds(c, lead))
                kept.Add(c.Theme);
        foreach (var c in ranked)
            if (kept.Count < MostThemesPerReport && !kept.Contains(c.Theme) && beneficiary.Holds(c, lead))
                kept.Add(c.Theme);
        foreach (var c in ranked)
            if (kept.Count < MostThemesPerReport && !kept.Contains(c.Theme) && c.ServedConditionInOpening)
                kept.Add(c.Theme);
        var group = ranked.FirstOrDefault(c => c.Group && !kept.Contains(c.Theme) && c.Score >= GroupNamedThroughout)?.Theme;
        if (group is null) return kept;
        if (kept.Count == MostThemesPerReport) kept.RemoveAt(kept.Count - 1);
        kept.Add(group);
        return kept;
    }

    private const double RelativeToStrongest = 0.5, MinimumEvidence = 2, GroupNamedThroughout = 5;
    private const double TopicWord = 2, DefiningPhrase = 2.5, OwnName = 3, NamedRelativeToStrongest = 0.25;
    private const int MostThemesPerReport = 3;
}

/// <summary>A theme a text reached, and the keywords that gave it.</summary>
public sealed record ThemeMatch(string Theme, IReadOnlyList<string> Keywords);
