namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A theme a report's keywords reached: its weighed score, whether the report names it in its own terms, how many of the
/// report's passages hold one of its keywords, whether it names a group of workers, how many passages would have it
/// on their own while holding no keyword of the report's strongest theme, and in how many of the title and passages a
/// care action names its people as beneficiaries (<see cref="ThemeBeneficiaries"/>), and in how many one of them by name;
/// and whether one of its keywords stands in the title; and whether the title, a heading or the opening passages serve
/// workers in a condition this theme or the care's theme stands for (<see cref="ThemeServedCondition"/>); and whether
/// every one of its keywords the report holds stands inside quotation marks (<see cref="ThemeQuotedName"/>).
/// </summary>
public sealed record ThemeCandidate(string Theme, double Score, bool Named, int PassagesHolding, int PassageCount, bool Group, int PassagesOfItsOwn = 0,
    int BeneficiaryPassages = 0, int NamedBeneficiaryPassages = 0, bool InTitle = false, bool ServedConditionInOpening = false,
    bool OnlyQuoted = false, bool Unsupported = false);
