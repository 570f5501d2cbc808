namespace SearchService.Ingestion.Metadata;

/// <summary>
/// What a whole word names, by the data ingestion attributes with: a place of the gazetteer (by its name, a recognised
/// short form such as 嘉兴 or 平湖, or an alias — never by a one-character abbreviation), an organisation of the
/// directory (by its name or an alias: 中铁四局 → 中铁四局工会), a theme (by its name or a former one). Search uses it
/// to read a query word as a facet value; whether that value exists is for the index to say.
/// </summary>
public sealed class KnownNames
{
    private readonly Gazetteer gazetteer;
    private readonly OrganisationDirectory organisations;

    internal KnownNames(Gazetteer gazetteer, OrganisationDirectory organisations)
    {
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    /// <summary>The path of the place a word names (<c>嘉兴</c> → <c>浙江省/嘉兴市</c>), or null.</summary>
    public string? Place(string word)
    {
        var folded = ScriptFold.Default.Fold(word.Trim());
        return folded.Length < 2 ? null : gazetteer.Resolve(folded);
    }

    /// <summary>The one name of the organisation a word names (<c>中铁四局</c> → <c>中铁四局工会</c>); the word itself when unknown.</summary>
    public string Organisation(string word) => organisations.Canonical(word);

    /// <summary>The current name of the theme a word names (a former name → the current one); the word itself otherwise.</summary>
    public static string Theme(string word) => ThemeAliases.Default.Canonical(word);
}
