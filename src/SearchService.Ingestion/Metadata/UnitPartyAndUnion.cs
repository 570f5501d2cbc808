using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A unit's party committee and its union acting together (<c>某某煤矿党委、工会联合开展…</c>, <c>该公司党委和工会</c>): the
/// unit is written once, before 党委, and the 工会 after the conjunction is that unit's union. The name finder reads no
/// union there (a plain 工会 after 、 or 和 has no words of its own), so the report lost the union that acts.
/// </summary>
internal static partial class UnitPartyAndUnion
{
    /// <summary>
    /// For each <c>单位党委、工会</c> or <c>单位党委和工会</c> in <paramref name="text"/>: where the unit's name starts (by
    /// <paramref name="startOf"/>, the name finder's start of the words before a position), where the 工会 ends, and
    /// the union as written, <c>单位工会</c>; nothing where no unit's words stand before 党委 (各级党委、工会).
    /// </summary>
    public static IEnumerable<(int Start, int End, string Union)> Find(string text, Func<int, int> startOf)
    {
        foreach (Match together in Together().Matches(text))
        {
            var start = startOf(together.Index);
            if (start >= together.Index) continue;
            yield return (start, together.Index + together.Length, text[start..together.Index] + "工会");
        }
    }

    [GeneratedRegex("党委[、和]工会")]
    private static partial Regex Together();
}
