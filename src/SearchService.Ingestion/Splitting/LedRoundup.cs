using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A round-up under its lead whose paragraphs do not open with their unions: <c>连日来，全市各级工会…</c> over
/// <c>在某矿生产一线，市总工会慰问团…</c>, <c>虽然开放时间不长，但某某驿站已经…。近日，某某区总工会…</c>,
/// <c>日前，某某市总工会…</c>. Each paragraph after the lead is one union's item when a union acts in its first two
/// sentences, every paragraph names another one, and two at least are named in full (the lead's own level, the bare
/// <c>市总工会</c>, may be one of them). A news item under such a lead goes on with its one union's doings.
/// </summary>
internal static partial class ListDocument
{
    private static bool AreLedUnionParagraphs(string? headline, List<string> paragraphs, OrganisationDirectory organisations)
    {
        if (paragraphs.Count < 3 || !IsAnsweringLead(paragraphs[0], organisations)) return false;
        if (headline is not null && !CollectiveUnions().IsMatch(headline) && organisations.ActorIn(headline) is not null) return false;
        var items = paragraphs.Skip(1).ToList();
        if (!items.All(p => IsWholeParagraph(p, inRoundup: true))) return false;
        var unions = items.Select(p => UnionActingEarly(p, organisations)).ToList();
        return unions.All(u => u is not null) && unions.Distinct().Count() == unions.Count
            && unions.Count(u => OrganisationNames.BareLevel(u!) is null) >= 2;
    }

    /// <summary>
    /// Whether the area's unions together are the subject of a clause of the paragraph's first sentence
    /// (<c>连日来，全市各级工会组织开展…</c>), not a name among those present (<c>…以及各镇总工会的有关负责同志出席</c>).
    /// </summary>
    private static bool LeadsWithAreaUnions(string paragraph)
    {
        foreach (var clause in Sentences.Opening(paragraph).Split(['，', ',', '；', ';']))
        {
            if (AreaUnionsOpening().Match(clause) is not { Success: true } area) continue;
            var before = clause[..Math.Max(0, clause.IndexOfAny(['各', '全']))];
            if (before.IndexOfAny(['及', '和', '与', '與', '同', '向', '对', '對', '的']) < 0 && !clause[area.Length..].StartsWith('的')) return true;
        }
        return false;
    }

    /// <summary>Within a round-up under its lead, a paragraph that is the next union's item (see <see cref="AreLedUnionParagraphs"/>).</summary>
    public static bool StartsLedRoundupItem(string paragraph, OrganisationDirectory organisations) =>
        IsWholeParagraph(paragraph, inRoundup: true) && !IsRoundupLead(paragraph, organisations) && !IsAnsweringLead(paragraph, organisations) && UnionActingEarly(paragraph, organisations) is not null;

    /// <summary>
    /// The union acting in a paragraph's first two sentences (canonical, or the bare level as written: <c>市总工会</c>),
    /// not one visited, quoted or named as a venue; null when none acts there.
    /// </summary>
    private static string? UnionActingEarly(string paragraph, OrganisationDirectory organisations)
    {
        var text = ScriptFold.Default.Fold(WithoutMarker(paragraph));
        return FirstUnionActing(Sentences.Opening(text, count: 2), organisations);
    }

    /// <summary>The first union a folded text names that acts (not visiting, quoted, a source or a venue); null when none does.</summary>
    private static string? FirstUnionActing(string folded, OrganisationDirectory organisations)
    {
        foreach (var mention in organisations.Names.Find(folded))
        {
            if (mention.Role is OrganisationRole.Visitor or OrganisationRole.Source or OrganisationRole.Informant or OrganisationRole.Venue) continue;
            return OrganisationNames.BareLevel(mention.Name) is not null ? mention.Name : organisations.Canonical(mention.Name);
        }
        return null;
    }
}
