namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A theme a report's keywords reached: its weighed score, whether the report names it in its own terms, how many of the
/// report's passages hold one of its keywords, and whether it names a group of workers.
/// </summary>
public sealed record ThemeCandidate(string Theme, double Score, bool Named, int PassagesHolding, int PassageCount, bool Group);
