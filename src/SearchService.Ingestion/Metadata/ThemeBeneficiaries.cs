namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Whom a care action serves (<c>theme-beneficiaries.tsv</c>): the action words of a visit of care (慰问, 看望,
/// 送温暖 …) and, for each theme that names a group of people, the taxonomy keywords that name its people (劳模,
/// 劳动模范; 快递小哥, 货车司机; 女职工). A sentence holding an action and one of those people's words says whom the care
/// went to (慰问困难职工和劳动模范), which is evidence for that group's theme however little its words weigh beside the
/// care's.
/// </summary>
internal sealed class ThemeBeneficiaries
{
    public static readonly ThemeBeneficiaries None = new([]);

    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    private readonly string[] actions;
    private readonly Dictionary<string, string> people;

    public ThemeBeneficiaries(IEnumerable<string> lines)
    {
        var actionList = new List<string>();
        people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts is ["action", var action] && action.Length > 0) actionList.Add(ScriptFold.Default.Fold(action));
            else if (parts is ["beneficiary", var word, var theme] && word.Length > 0 && theme.Length > 0) people[ScriptFold.Default.Fold(word)] = theme;
            else throw new FormatException($"theme beneficiaries, line {number}: expected 'action<TAB>word' or 'beneficiary<TAB>word<TAB>theme'");
        }
        actions = actionList.ToArray();
    }

    /// <summary>The themes whose people these lines name, so the taxonomy can check it knows them.</summary>
    public IEnumerable<string> Themes => people.Values.Distinct(StringComparer.Ordinal);

    /// <summary>
    /// For each group theme the (folded) text names as a care action's beneficiaries, the evidence (<c>慰问→劳动模范</c>):
    /// sentence by sentence, the sentence's first action and each people's word of that theme among
    /// <paramref name="outermostKeywords"/>' findings in the sentence (a keyword inside a longer one, 劳模 in 劳模精神, is
    /// no person).
    /// </summary>
    public Dictionary<string, List<string>> In(string text, Func<string, IEnumerable<string>> outermostKeywords)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (actions.Length == 0 || text.Length == 0) return found;
        foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var action = actions.Select(a => (Word: a, At: sentence.IndexOf(a, StringComparison.Ordinal))).Where(a => a.At >= 0)
                .OrderBy(a => a.At).Select(a => a.Word).FirstOrDefault();
            if (action is null) continue;
            foreach (var keyword in outermostKeywords(sentence))
            {
                if (!people.TryGetValue(keyword, out var theme)) continue;
                var evidence = $"{action}→{keyword}";
                if (!found.TryGetValue(theme, out var list)) found[theme] = list = [];
                if (!list.Contains(evidence)) list.Add(evidence);
            }
        }
        return found;
    }
}
