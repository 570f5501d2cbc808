namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a theme that reaches half the strongest's score is left out as a passing mention: it is not the strongest, its
/// keywords stand in fewer than <see cref="FewerPassagesThan"/> of the report's passages and not in the title, and its
/// score stays under <see cref="UnderShare"/> of the strongest's — a second topic the body names once, beside a main
/// topic the headline or several paragraphs tell. As shipped, under 0.55 of the strongest and in one passage: on the
/// round-21 snapshot every one of tune's gathered sets left out chooses 0.55, and fixed it loses no report's sensible
/// theme in any set while leaving out about six unlabelled themes for each labelled one (the real-documents harness's
/// <c>--theme-passing</c>).
/// </summary>
public sealed record ThemePassingMention(double UnderShare, int FewerPassagesThan)
{
    /// <summary>Never leaves a theme out for this.</summary>
    public static readonly ThemePassingMention Off = new(0, 0);

    public static readonly ThemePassingMention Default = new(0.55, 2);

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        candidate.Theme != strongest.Theme && !candidate.InTitle && candidate.PassagesHolding < FewerPassagesThan
        && candidate.Score < UnderShare * strongest.Score;
}
