namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a theme is kept for the passages it stands in: held by at least <see cref="AtLeast"/> passages and by
/// <see cref="OverStrongest"/> times as many as the report's strongest theme. Chosen from tune's labels (the real-documents
/// harness's <c>--theme-spread</c>): twice as many and two passages, in every fold of five and, leave-one-set-out, when
/// 12 of tune's 13 gathered sets are left out.
/// </summary>
public sealed record ThemeSpread(double OverStrongest, int AtLeast)
{
    public static readonly ThemeSpread Default = new(2, 2);

    /// <summary>Never keeps a theme for its passages alone.</summary>
    public static readonly ThemeSpread Off = new(double.PositiveInfinity, int.MaxValue);

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        candidate.PassagesHolding >= AtLeast && candidate.PassagesHolding >= OverStrongest * strongest.PassagesHolding;
}
