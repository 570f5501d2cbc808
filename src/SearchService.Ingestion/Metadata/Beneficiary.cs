namespace SearchService.Ingestion.Metadata;

/// <summary>Whom a care action served: the action, the people's word, and the person's name when the text gives one.</summary>
internal sealed record Beneficiary(string Action, string Word, string? Name)
{
    /// <summary>The evidence a passage shows: <c>慰问→劳动模范</c>, <c>看望→劳动模范王某某</c>.</summary>
    public override string ToString() => $"{Action}→{Word}{Name}";
}
