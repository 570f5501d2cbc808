namespace SearchService.Ingestion.Metadata;

/// <summary>What a report says of one candidate organisation, counted as the attributor reads it: mentions by part and role.</summary>
internal sealed class CandidateEvidence(int order)
{
    private readonly double[] counts = new double[OrganisationCandidate.FeatureCount];

    /// <summary>The candidate's rank among the names the report gives, first named first.</summary>
    public int Order { get; } = order;

    public int Mentions { get; private set; }

    /// <summary>Whether it is ever named doing the work (acting, organising, hosting), outside the page's chrome and asides.</summary>
    public bool Acts { get; private set; }

    /// <summary>Whether it was ever written as a bare level (市总工会, 省财贸工会) and resolved to this name.</summary>
    public bool FromBareLevel { get; private set; }

    public void Count(OrganisationFeature feature, bool writtenAsLevel)
    {
        counts[(int)feature]++;
        Mentions++;
        if (feature is OrganisationFeature.Byline or OrganisationFeature.TitleOpens or OrganisationFeature.TitleActs or OrganisationFeature.HeadlineActs
            or OrganisationFeature.HeadingActs or OrganisationFeature.LeadSubject or OrganisationFeature.LeadActs or OrganisationFeature.TextSubject
            or OrganisationFeature.TextOrganises or OrganisationFeature.TextHosts or OrganisationFeature.TextActs or OrganisationFeature.AreaActsInLead)
            Acts = true;
        if (writtenAsLevel) FromBareLevel = true;
    }

    /// <summary>A shape around a mention already counted (a visit's purpose, an organiser line): a count, not another mention.</summary>
    public void Also(OrganisationFeature feature) => counts[(int)feature]++;

    /// <summary>How many mentions (or shapes around them) were counted for a feature.</summary>
    public double CountOf(OrganisationFeature feature) => counts[(int)feature];

    /// <summary>
    /// One union written in two forms (某镇总工会 and 某镇工会, 三矿工会 and 某集团某公司三矿工会): the evidence of both,
    /// counted together, ranked where the first of them was named.
    /// </summary>
    public CandidateEvidence With(CandidateEvidence other)
    {
        var merged = new CandidateEvidence(Math.Min(Order, other.Order))
        {
            Mentions = Mentions + other.Mentions,
            Acts = Acts || other.Acts,
            FromBareLevel = FromBareLevel || other.FromBareLevel,
        };
        for (var i = 0; i < counts.Length; i++) merged.counts[i] = counts[i] + other.counts[i];
        return merged;
    }

    /// <summary>The counts as features, log(1 + n); the caller sets the flags.</summary>
    public double[] Features()
    {
        var features = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++) features[i] = Math.Log(1 + counts[i]);
        return features;
    }
}
