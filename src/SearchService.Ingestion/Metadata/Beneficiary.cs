namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Whom a care action served: the action, the people's word, the person's name when the text gives one, and how many
/// groups the clause naming them lists (慰问困难职工、劳动模范和环卫工人: 3), since a group named in a long list of those
/// served is one of many rather than the report's subject.
/// </summary>
internal sealed record Beneficiary(string Action, string Word, string? Name, int Listed = 1)
{
    /// <summary>The evidence a passage shows: <c>慰问→劳动模范</c>, <c>看望→劳动模范王某某</c>.</summary>
    public override string ToString() => $"{Action}→{Word}{Name}";
}
