using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A marked item of a page of marked items that runs several unions' briefs together, joined by semicolons
/// (<c>○某某区总工会组织…；某某区总工会在某广场…；某某工会全面开展…。</c>): it is cut before each clause that opens with
/// another union acting, so each brief is an item of the list (the pieces keep the paragraph's line number). A clause
/// opening with no union (<c>某某区激活…</c>) stays with the brief before it. One report's paragraph listing its county
/// unions' doings stands in no list of marked items, and is left whole.
/// </summary>
internal static partial class ListDocument
{
    private const int MinimumBriefs = 3;

    /// <summary>The lines with each run cut into its briefs, and the briefs after the first of each run (they open items though unmarked).</summary>
    public static (IReadOnlyList<SourceLine> Lines, HashSet<string> Briefs) SplitSemicolonRuns(IReadOnlyList<SourceLine> lines, OrganisationDirectory organisations)
    {
        var later = new HashSet<string>();
        if (lines.Count(l => IsMarkedItem(l.Text.Trim())) < 3) return (lines, later);
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            var briefs = IsMarkedItem(text) && line.Pieces.Count == 0 ? Briefs(text, organisations) : null;
            if (briefs is null)
            {
                result?.Add(line);
                continue;
            }
            result ??= lines.Take(i).ToList();
            result.AddRange(briefs.Select(b => line with { Text = b }));
            later.UnionWith(briefs.Skip(1));
        }
        return (result ?? lines, later);
    }

    /// <summary>The briefs a marked paragraph runs together, or null when it names fewer than three unions each opening its clause.</summary>
    private static List<string>? Briefs(string text, OrganisationDirectory organisations)
    {
        var clauses = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '；' or ';')
            {
                clauses.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length) clauses.Add(text[start..]);
        if (clauses.Count < MinimumBriefs) return null;
        var unions = clauses.Select(c => ClauseUnion(c, organisations)).ToList();
        var named = unions.OfType<string>().ToList();
        if (unions[0] is null || named.Count < MinimumBriefs || named.Distinct().Count() < named.Count) return null;
        var briefs = new List<string>();
        for (var k = 0; k < clauses.Count; k++)
            if (k == 0 || unions[k] is not null) briefs.Add(clauses[k].Trim());
            else briefs[^1] += clauses[k].Trim();
        return briefs;
    }

    /// <summary>The union a clause opens with as the one acting, past its marker and time lead; null otherwise.</summary>
    private static string? ClauseUnion(string clause, OrganisationDirectory organisations)
    {
        var text = TimeLead().Replace(WithoutMarker(clause.Trim()), "", 1);
        return AreaUnionsOpening().IsMatch(text) ? null : organisations.FromByline(text);
    }
}
