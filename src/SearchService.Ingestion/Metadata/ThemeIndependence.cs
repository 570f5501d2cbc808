namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a theme is kept for evidence of its own: at least <see cref="AtLeast"/> of the report's passages would have the
/// theme on their own (its keywords there weigh what a passage needs) and hold no keyword of the report's strongest
/// theme, and its score reaches <see cref="OfStrongest"/> of the strongest's. A second topic told in paragraphs of its
/// own is not a passing mention inside the main topic's, however little it weighs beside the main topic's many words.
/// </summary>
public sealed record ThemeIndependence(int AtLeast, double OfStrongest)
{
    /// <summary>Never keeps a theme for its own passages alone.</summary>
    public static readonly ThemeIndependence Off = new(int.MaxValue, double.PositiveInfinity);

    public static readonly ThemeIndependence Default = Off;

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        candidate.PassagesOfItsOwn >= AtLeast && candidate.Score >= OfStrongest * strongest.Score;
}
