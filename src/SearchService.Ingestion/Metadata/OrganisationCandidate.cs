namespace SearchService.Ingestion.Metadata;

/// <summary>
/// What the attributor knows about one union a report names, as numbers a scorer weighs: how often it is named in each
/// part of the report (byline, title, headline, headings, the lead's subject, the rest of the text, the page's chrome)
/// doing each part (acting, hosting, visiting — to learn, to bring help; told from the host's side —, taking part in
/// another's event, organising or running an event, bringing
/// partners along, visited by a union that the headline or lead names visiting, quoted, only mentioned, only as a place
/// named after it), and what it is (the national federation, a province's, city's, county's or town's general union, a
/// sector's union, an enterprise's) against the place the text is about.
/// Counts enter as log(1 + n); flags as 0/1.
/// </summary>
internal enum OrganisationFeature
{
    Byline,
    TitleOpens, TitleActs, TitleVisits, TitleQuoted, TitlePassive, TitleChrome,
    HeadlineActs, HeadlineVisits, HeadlineQuoted,
    HeadingActs, HeadingVisits, HeadingQuoted,
    LeadSubject, LeadActs, LeadVisits, LeadQuoted,
    TextSubject, TextOrganises, TextHosts, TextActs, TextVisits, TextQuoted, TextPassive, TextAside, Chrome,
    AreaActsInLead, Keyword,
    National, NationalBesideLocal,
    Province, City, County, Town, Enterprise, SectorUnion,
    PlaceIsAbout, PlaceAboveAbout, PlaceBelowAbout, PlaceElsewhere,
    SpeaksFromLevel, AboveSpeaker,
    FromBareLevel, FirstNamed, MostNamed, Share, NeverActs, ShorterFormNamed, FullerFormNamed,
    VisitsToLearn, VisitsToHelp, MainlyOrganises, CoOrganises,
    OnlyNamesAPlace, LeadsPartners,
    HostsAVisit,
    SeenFromHost, AttendsAnother, NamedJointly,
    DeliversToWriter,
    LowerUnionLeads, PeersAct,
    HandScore, HandPick,
}

/// <summary>
/// One candidate for a report's organisation: its canonical name, the part of the report its strongest mention stands
/// in (byline, title, text), its features (indexed by <see cref="OrganisationFeature"/>), the hand-set score, and the
/// name the report gets when this candidate is chosen (with its place written out, or a fuller form the text gives).
/// </summary>
internal sealed record OrganisationCandidate(string Name, string Source, IReadOnlyList<double> Features, double HandScore, bool HandEligible)
{
    public string Outcome { get; init; } = Name;

    public static readonly IReadOnlyList<string> FeatureNames = Enum.GetNames<OrganisationFeature>();

    public static int FeatureCount => FeatureNames.Count;
}

/// <summary>
/// How a report's organisation was chosen, for measuring scorers: the candidates (empty when a rule decided before
/// any scoring — several unions acting together — with <paramref name="DecidedBeforeScoring"/> its answer, "" for none),
/// and the organisation the report gets when no candidate is chosen (a union the reporter heard the news from, a
/// union inspecting its own area; "" for none).
/// </summary>
internal sealed record OrganisationChoice(IReadOnlyList<OrganisationCandidate> Candidates, string? DecidedBeforeScoring)
{
    public string WithoutCandidate { get; init; } = "";

    /// <summary>The co-action shapes the headline and lead show (<see cref="JointActions"/>): those of <see cref="JointActions.Deciding"/> give the report no organisation whatever the candidates.</summary>
    public JointAction Joint { get; init; }
}
