namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a theme is kept for the passages it stands in: held by at least <see cref="AtLeast"/> passages and by
/// <see cref="OverStrongest"/> times as many as the report's strongest theme. Chosen from tune's labels by five-fold
/// cross-validation (the real-documents harness's <c>--theme-spread</c>): twice as many and two passages, in every fold.
/// </summary>
public sealed record ThemeSpread(double OverStrongest, int AtLeast)
{
    public static readonly ThemeSpread Default = new(2, 2);

    /// <summary>Never keeps a theme for its passages alone.</summary>
    public static readonly ThemeSpread Off = new(double.PositiveInfinity, int.MaxValue);

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        candidate.PassagesHolding >= AtLeast && candidate.PassagesHolding >= OverStrongest * strongest.PassagesHolding;
}
