namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a report keeps a group's theme because its care actions name the group's people as their beneficiaries
/// (<see cref="ThemeBeneficiaries"/>): in at least <see cref="AtLeast"/> of its title and passages, with the theme's
/// score at least <see cref="AtLeastScore"/> and <see cref="OfStrongest"/> of the strongest theme's. Off by default:
/// leaving one of tune's gathered sets out at a time (the real-documents harness's <c>--theme-beneficiaries</c>), no
/// setting gains labelled themes on the sets it was not chosen on (see the Ingestion README, Themes).
/// </summary>
public sealed record ThemeBeneficiary(int AtLeast, double AtLeastScore, double OfStrongest)
{
    /// <summary>Never keeps a theme for its beneficiaries alone.</summary>
    public static readonly ThemeBeneficiary Off = new(int.MaxValue, double.PositiveInfinity, double.PositiveInfinity);

    public static readonly ThemeBeneficiary Default = Off;

    public bool IsOff => AtLeast == int.MaxValue;

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        candidate.BeneficiaryPassages >= AtLeast && candidate.Score >= AtLeastScore && candidate.Score >= OfStrongest * strongest.Score;
}
