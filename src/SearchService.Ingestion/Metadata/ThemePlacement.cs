namespace SearchService.Ingestion.Metadata;

/// <summary>
/// How many times a keyword counts by where it stands in a report: in the title (and its subtitle), in a heading, in the
/// lead paragraph; once in any other passage. The title and lead say what a report is about, a passing mention does not.
/// </summary>
public sealed record ThemePlacement(double Title, double Heading, double Lead)
{
    public static readonly ThemePlacement Default = new(3, 2, 2);
}
