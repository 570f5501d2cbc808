using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// The clause of purpose that opens many union news sentences by citing the instructions carried out
/// (为深入学习贯彻…精神，, 根据贯彻落实…要求，): it says why anything is done, not what was done, so its words (学习贯彻, 二十大,
/// 习近平新时代中国特色社会主义思想 …) are no evidence of a report's theme.
/// </summary>
internal static partial class PurposeClause
{
    /// <summary>The text without its purpose clauses (the comma after each stays).</summary>
    public static string Without(string text) => text.Contains('为') || text.Contains("按照") || text.Contains("根据") ? Clause().Replace(text, "") : text;

    [GeneratedRegex(@"(?<=^|[。，,；;？?\s])(?:为了?|按照|根据)(?:深入)?(?:学习|贯彻|落实)[^。，,；;]{0,80}?(?:精神|思想|部署|要求)(?=[，,])")]
    private static partial Regex Clause();
}
