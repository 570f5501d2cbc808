namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a report keeps a group's theme because its care actions name the group's people as their beneficiaries
/// (<see cref="ThemeBeneficiaries"/>): in at least <see cref="AtLeast"/> of its title and passages (when
/// <see cref="Named"/>, only those naming one of them in person: 看望劳动模范王某某), with the theme's score at least
/// <see cref="AtLeastScore"/> and <see cref="OfStrongest"/> of the strongest theme's. What ships asks for one place
/// naming one of them in person: chosen leaving one of tune's gathered sets out at a time (the real-documents harness's
/// <c>--theme-beneficiaries</c>), in every fold; beneficiaries named only as a group (慰问困难职工和劳动模范) are labelled
/// with their group in one set and seldom in the others, so no setting counting them gains on the set left out.
/// </summary>
public sealed record ThemeBeneficiary(int AtLeast, double AtLeastScore, double OfStrongest, bool Named = false)
{
    /// <summary>Never keeps a theme for its beneficiaries alone.</summary>
    public static readonly ThemeBeneficiary Off = new(int.MaxValue, double.PositiveInfinity, double.PositiveInfinity);

    public static readonly ThemeBeneficiary Default = new(1, 0, 0, Named: true);

    public bool IsOff => AtLeast == int.MaxValue;

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        (Named ? candidate.NamedBeneficiaryPassages : candidate.BeneficiaryPassages) >= AtLeast && candidate.Score >= AtLeastScore && candidate.Score >= OfStrongest * strongest.Score;
}
