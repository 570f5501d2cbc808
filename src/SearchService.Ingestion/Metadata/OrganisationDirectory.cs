namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Organisations: canonical names with aliases and regions from the shipped file, and recognition of union names in
/// text (<see cref="OrganisationNames"/>) so a byline or a passage's actor can be attributed. Everything is compared
/// in simplified script; names come back canonical (one spelling per organisation across the corpus).
/// </summary>
internal sealed class OrganisationDirectory
{
    private readonly Dictionary<string, string> canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> regions = new(StringComparer.Ordinal);
    private readonly Gazetteer gazetteer;

    public OrganisationDirectory(IEnumerable<string> lines, Gazetteer gazetteer, IEnumerable<string>? openingVerbRows = null)
    {
        this.gazetteer = gazetteer;
        Names = new OrganisationNames(gazetteer, openingVerbRows);
        canonical["全总"] = canonical["全国总工会"] = canonical[OrganisationNames.NationalName] = OrganisationNames.NationalName;
        foreach (var (_, parts) in DataRows.Fields(lines))
        {
            var name = ScriptFold.Default.Fold(parts[0]);
            canonical[name] = name;
            if (parts.Length > 1 && parts[1].Length > 0) regions[name] = parts[1];
            if (parts.Length > 2)
                foreach (var alias in parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    canonical[ScriptFold.Default.Fold(alias)] = name;
        }
        KnownNames = canonical.Keys.OrderByDescending(n => n.Length).ToArray();
    }

    /// <summary>The organisations file and, when it exists, <c>name-opening-verbs.tsv</c> in the same folder.</summary>
    public static OrganisationDirectory Load(string path, Gazetteer gazetteer)
    {
        var verbs = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "name-opening-verbs.tsv");
        return new(File.ReadLines(path), gazetteer, File.Exists(verbs) ? File.ReadLines(verbs) : null);
    }

    public OrganisationNames Names { get; }

    private IReadOnlyList<string> KnownNames { get; }

    /// <summary>The one name of an organisation: a known name or alias, else the canonical form of the name as written.</summary>
    public string Canonical(string name)
    {
        var folded = ScriptFold.Default.Fold(name.Trim());
        if (canonical.TryGetValue(folded, out var known)) return known;
        var recognised = Names.Canonical(folded);
        return recognised is not null && canonical.TryGetValue(recognised, out known) ? known : recognised ?? folded;
    }

    /// <summary>
    /// The organisation's region: from the file, else a corps regiment's (<see cref="CorpsRegiment"/>), else the place
    /// its name holds, down to its town's county (inside its brand's province).
    /// </summary>
    public string? RegionOf(string organisation, IReadOnlyCollection<string>? context = null) =>
        regions.TryGetValue(Canonical(organisation), out var region) ? region
        : CorpsRegiment.PlaceOf(organisation, gazetteer) ?? gazetteer.PlaceOfOrganisationName(organisation, context);

    /// <summary>The places named in the text, left to right (<see cref="Gazetteer.Mentions"/>), in either script.</summary>
    public IReadOnlyList<PlaceMention> PlacesIn(string text) => gazetteer.Mentions(ScriptFold.Default.Fold(text));

    /// <summary>The organisation a byline starts with (<c>——苏州市总工会助力…</c> → 苏州市总工会).</summary>
    public string? FromByline(string byline)
    {
        var text = ScriptFold.Default.Fold(byline).TrimStart('—', '-', '－', ' ', '\u3000');
        foreach (var known in KnownNames)
            if (text.StartsWith(known, StringComparison.Ordinal)) return canonical[known];
        var first = Names.Find(text).FirstOrDefault();
        return first is not null && first.Start <= 1 && OrganisationNames.BareLevel(first.Name) is null && Names.LeadingLevel(first.Name) is null
            ? Canonical(first.Name)
            : null;
    }

    /// <summary>
    /// The organisation acting in a passage: a union named within its opening (the subject of its first sentences)
    /// that is not visiting or quoted, or a known organisation named there.
    /// </summary>
    public string? ActorIn(string passage, int within = 60)
    {
        // "一是苏州市总工会…": the ordinal is not part of the name.
        passage = Dedup.TextNormalizer.WithoutOrdinal(ScriptFold.Default.Fold(passage));
        var opening = passage.Length > within ? passage[..within] : passage;
        foreach (var mention in Names.Find(opening))
        {
            if (mention.Role is OrganisationRole.Visitor or OrganisationRole.Source or OrganisationRole.Informant or OrganisationRole.Venue) continue;
            if (OrganisationNames.BareLevel(mention.Name) is not null || Names.LeadingLevel(mention.Name) is not null) continue;
            return Canonical(mention.Name);
        }
        foreach (var known in KnownNames)
            if (opening.Contains(known, StringComparison.Ordinal)) return canonical[known];
        return null;
    }
}
