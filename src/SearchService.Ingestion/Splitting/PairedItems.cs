using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A round-up under a lead in which the area's unions answer a call together (<c>自某集团工会发出通知以来，各级工会积极响应…</c>)
/// whose paragraphs each run two unions' items together: a paragraph holds one union's doings, then
/// a sentence in which another union acts first (<c>乙农场工会创新方式…</c>, <c>为…，丙农场工会开展…</c>). Each such
/// paragraph is cut before that sentence (the pieces keep the paragraph's line number), so every union's item is a
/// paragraph of the round-up. One news item's paragraph naming a second union (a host, a partner) names its own union
/// again or names the other one acting in no sentence of its own; a page with no such lead is never cut.
/// </summary>
internal static partial class ListDocument
{
    /// <summary>The lines with each paired paragraph under a round-up's lead cut into its unions' items; the lines as they were otherwise.</summary>
    public static IReadOnlyList<SourceLine> SplitPairedItems(IReadOnlyList<SourceLine> lines, OrganisationDirectory organisations)
    {
        var lead = -1;
        for (var i = 0; i < lines.Count && lead < 0; i++)
            if (lines[i].Text.Trim() is var text && text.Length >= 40 && LineShapes.EndsSentence(text))
            {
                // Only under a lead answering a call: under any round-up's lead, single news items that name a second
                // union acting in a later sentence were cut (the harness's composed area-led round-ups, 8 of 60).
                if (!LeadsWithAreaUnions(text) || !AnswersCall(Sentences.Opening(text))) return lines;
                lead = i;
            }
        if (lead < 0) return lines;
        var result = lines.Take(lead + 1).ToList();
        var items = new List<string>();
        var cut = false;
        for (var i = lead + 1; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (lines[i].Pieces.Count > 0 || text.Length < 40 || !LineShapes.EndsSentence(text))
            {
                result.Add(lines[i]);
                continue;
            }
            var pieces = PairedPieces(text, organisations);
            cut |= pieces.Count > 1;
            items.AddRange(pieces);
            result.AddRange(pieces.Select(p => lines[i] with { Text = p }));
        }
        if (!cut || items.Count < 3) return lines;
        var unions = items.Select(p => UnionActingEarly(p, organisations)).ToList();
        return unions.All(u => u is not null) && unions.Distinct().Count() == unions.Count ? result : lines;
    }

    /// <summary>
    /// A round-up's lead, or a lead whose first sentence has the area's unions answer a union's call together
    /// (<c>自某集团工会发出通知以来，各级工会组织积极响应</c>): the area's unions open a clause after the call.
    /// </summary>
    public static bool IsAnsweringLead(string paragraph, OrganisationDirectory organisations)
    {
        if (!LeadsWithAreaUnions(paragraph)) return false;
        if (IsRoundupLead(paragraph, organisations)) return true;
        // The calling union opens the lead (自某集团工会…发出通知以来): it acts before the area's unions, not with them.
        return AnswersCall(Sentences.Opening(paragraph));
    }

    /// <summary>Whether the area's unions open a clause of the sentence after a call (通知, 倡议, 号召, 部署).</summary>
    private static bool AnswersCall(string sentence) => AreaClauseStart(sentence) is > 0 and var area && CallWords.Any(sentence[..area].Contains);

    private static readonly string[] CallWords = ["通知", "倡议", "倡議", "号召", "號召", "部署"];

    /// <summary>Where the first clause opening with the area's unions starts in a sentence; -1 without one.</summary>
    private static int AreaClauseStart(string sentence)
    {
        var start = 0;
        foreach (var clause in sentence.Split(['，', ',']))
        {
            // The area's unions are the clause's subject, the area at most before them (全省各级工会); asked or organised by
            // the calling union (要求各工会…, 组织各县区工会…) they are its object, and the lead is one news item's.
            if (AreaUnionsOpening().IsMatch(clause) && clause.IndexOfAny(['各', '全']) is var at && (at == 0 || "省市区县州盟旗區縣".Contains(clause[at - 1]))) return start;
            start += clause.Length + 1;
        }
        return -1;
    }

    /// <summary>A paragraph cut before each sentence in which a union other than the current item's acts first; the paragraph whole otherwise.</summary>
    private static List<string> PairedPieces(string paragraph, OrganisationDirectory organisations)
    {
        var sentences = Sentences.WithStops(paragraph);
        var pieces = new List<string>();
        string? current = null;
        var named = new List<string>();
        foreach (var sentence in sentences)
        {
            var union = SentenceUnion(sentence, organisations);
            // Another union acting first in its sentence, named nowhere before in the paragraph: its own item.
            if (current is not null && union is not null && union != current && !named.Any(n => sentence.Contains(n)) && !sentence.Contains(current) && pieces[^1].Length >= 40)
                pieces.Add(sentence);
            else if (pieces.Count == 0) pieces.Add(sentence);
            else pieces[^1] += sentence;
            if (union is not null)
            {
                current ??= union;
                if (pieces.Count > 1 && pieces[^1] == sentence) current = union;
                named.Add(union);
            }
        }
        return pieces.Count > 1 && pieces[^1].Length >= 40 ? pieces : [paragraph];
    }

    /// <summary>The union acting first in one sentence (not visiting, quoted, a source or a venue); null when none does.</summary>
    private static string? SentenceUnion(string sentence, OrganisationDirectory organisations) =>
        FirstUnionActing(ScriptFold.Default.Fold(sentence), organisations);
}
