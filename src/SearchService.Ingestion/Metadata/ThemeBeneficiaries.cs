using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Whom a care action serves (<c>theme-beneficiaries.tsv</c>): the action words of a visit of care (慰问, 看望,
/// 送温暖 …) and, for each theme that names a group of people, the taxonomy keywords that name its people (劳模,
/// 劳动模范; 快递小哥, 货车司机; 女职工). A sentence holding an action and one of those people's words says whom the care
/// went to (慰问困难职工和劳动模范), which is evidence for that group's theme however little its words weigh beside the
/// care's; the people's word followed by a person's name (看望劳动模范王某某: a common surname and one or two more
/// characters, then a mark or a joining word) names one of them in person. A condition the workers served work in
/// (高温, 防暑降温: care for workers in the heat) counts like a group's word but never names a person; the <c>care</c> row
/// names the theme of the care itself (困难帮扶与送温暖), which a report serving workers in a condition has besides the
/// condition's (<see cref="ThemeServedCondition"/>).
/// </summary>
internal sealed partial class ThemeBeneficiaries
{
    public static readonly ThemeBeneficiaries None = new([]);

    // A line break ends one too: a title's or a passage's lines may end without a stop.
    private static readonly char[] SentenceEnds = [.. Sentences.StopsOrSemicolonWithAscii, '\n'];

    private readonly string[] actions;
    private readonly Dictionary<string, string> people;
    private readonly HashSet<string> conditions = new(StringComparer.Ordinal);
    private readonly Regex? personAfter;

    public ThemeBeneficiaries(IEnumerable<string> lines)
    {
        var actionList = new List<string>();
        var surnames = "";
        people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts is ["action", var action] && action.Length > 0) actionList.Add(ScriptFold.Default.Fold(action));
            else if (parts is ["beneficiary", var word, var theme] && word.Length > 0 && theme.Length > 0) people[ScriptFold.Default.Fold(word)] = theme;
            else if (parts is ["condition", var condition, var theme2] && condition.Length > 0 && theme2.Length > 0)
            {
                people[ScriptFold.Default.Fold(condition)] = theme2;
                conditions.Add(ScriptFold.Default.Fold(condition));
            }
            else if (parts is ["surnames", var list] && list.Length > 0) surnames += ScriptFold.Default.Fold(list);
            else if (parts is ["care", var care] && care.Length > 0 && CareTheme is null) CareTheme = care;
            else throw new FormatException($"theme beneficiaries, line {number}: expected 'action<TAB>word', 'beneficiary<TAB>word<TAB>theme', 'condition<TAB>word<TAB>theme', 'care<TAB>theme' (once) or 'surnames<TAB>characters'");
        }
        actions = actionList.ToArray();
        if (surnames.Length > 0)
            personAfter = new Regex($"\\G[“\"]?([{Regex.Escape(surnames)}]\\p{{IsCJKUnifiedIdeographs}}{{1,2}}?)(?=[、，,。和及与（(”\"家同等所]|$)", RegexOptions.CultureInvariant);
    }

    /// <summary>The themes whose people these lines name, and the care's theme, so the taxonomy can check it knows them.</summary>
    public IEnumerable<string> Themes => people.Values.Append(CareTheme).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The theme of the care actions themselves (the <c>care</c> row), or null.</summary>
    public string? CareTheme { get; }

    /// <summary>Whether <paramref name="word"/> is a condition the workers served work in (高温), not a group's people.</summary>
    public bool IsCondition(string word) => conditions.Contains(word);

    /// <summary>
    /// For each group theme the (folded) text names as a care action's beneficiaries, who they are: sentence by
    /// sentence, each people's word of that theme among <paramref name="outermostKeywords"/>' findings in the sentence (a
    /// keyword inside a longer one, 劳模 in 劳模精神, is no person), at each of its places there, with the nearest action
    /// before it and the person's name when one follows it.
    /// </summary>
    public Dictionary<string, List<Beneficiary>> In(string text, Func<string, IEnumerable<string>> outermostKeywords)
    {
        var found = new Dictionary<string, List<Beneficiary>>(StringComparer.Ordinal);
        if (actions.Length == 0 || text.Length == 0) return found;
        foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var acts = actions.SelectMany(a => At(sentence, a).Select(at => (Word: a, At: at))).OrderBy(a => a.At).ToList();
            if (acts.Count == 0) continue;
            foreach (var keyword in outermostKeywords(sentence).Distinct(StringComparer.Ordinal))
            {
                if (!people.TryGetValue(keyword, out var theme)) continue;
                foreach (var at in At(sentence, keyword))
                {
                    if (ActsAt(sentence, at, keyword.Length)) continue;
                    if (!found.TryGetValue(theme, out var list)) found[theme] = list = [];
                    // The action that serves them is the nearest before them (慰问组…看望了劳动模范: 看望), else the sentence's first.
                    var action = acts.LastOrDefault(a => a.At < at, acts[0]).Word;
                    var beneficiary = new Beneficiary(action, keyword, conditions.Contains(keyword) ? null : NameAt(sentence, at + keyword.Length),
                        ListedAt(sentence, at));
                    if (!list.Contains(beneficiary)) list.Add(beneficiary);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Whether the people named at <paramref name="at"/> act rather than being served: they give or lead (劳模工匠捐赠的物资,
    /// 劳模结对帮扶, 劳模先进宣讲), or are held up as a model (争当劳模, 学习劳模) — a care report names its helpers and its
    /// exemplars with the same words as those it visits.
    /// </summary>
    internal static bool ActsAt(string sentence, int at, int length) =>
        AgentAfter().IsMatch(sentence, at + length) || AgentBefore().IsMatch(sentence[..at]);

    [GeneratedRegex(@"\G(?:们|先进|代表|志愿者)?(?:[和及与][^，,。、]{1,6}?)?(?:捐|结对|宣讲|带头|带领|讲述|分享|示范|领衔|现身说法|志愿)")]
    private static partial Regex AgentAfter();

    [GeneratedRegex(@"(?:争当|争做|学习|当好|涌现(?:出)?(?:一批)?)$")]
    private static partial Regex AgentBefore();

    private static readonly char[] ClauseEnds = ['，', ',', '：', ':', '（', '(', '）', ')'];

    /// <summary>
    /// How many groups the clause holding the word at <paramref name="at"/> lists: one more than its enumeration commas
    /// (、), and one more again for a last item joined by 和, 及 or 与 after them (困难职工、劳动模范和环卫工人: 3). A
    /// single 和 with no 、 is not counted as a list (工会干部和劳动模范 names the visitors as often as those visited).
    /// </summary>
    internal static int ListedAt(string sentence, int at)
    {
        var from = sentence.LastIndexOfAny(ClauseEnds, Math.Max(0, at - 1)) + 1;
        var to = sentence.IndexOfAny(ClauseEnds, at);
        var clause = sentence.AsSpan(from, (to < 0 ? sentence.Length : to) - from);
        var commas = clause.Count('、');
        if (commas == 0) return 1;
        var last = clause[(clause.LastIndexOf('、') + 1)..];
        return commas + 1 + (last.IndexOfAny('和', '及', '与') >= 0 ? 1 : 0);
    }

    private string? NameAt(string sentence, int at) =>
        personAfter?.Match(sentence, at) is { Success: true } name ? name.Groups[1].Value : null;

    private static IEnumerable<int> At(string sentence, string word)
    {
        for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(word, at + 1, StringComparison.Ordinal))
            yield return at;
    }
}
