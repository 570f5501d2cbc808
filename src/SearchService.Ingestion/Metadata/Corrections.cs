namespace SearchService.Ingestion.Metadata;

/// <summary>
/// People's corrections of what extraction found, from an editable TSV: <c>target, organisation, region, themes</c>,
/// where the target is a report id (<c>r-284af161bb</c>), a source path (<c>news/a.txt</c>: every report of it) or a
/// source path with the report's ordinal in it (<c>seeds/x.txt#2</c>); an empty cell keeps what was extracted, themes
/// are separated by <c>;</c>. Applied after ids are computed, so a correction never changes an id.
/// </summary>
internal sealed class Corrections
{
    private readonly Dictionary<string, Correction> byTarget = new(StringComparer.Ordinal);

    public Corrections(IEnumerable<string> lines, string origin = "corrections")
    {
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length < 2 || parts[0].Length == 0)
                throw new FormatException($"{origin}, line {number}: expected 'target<TAB>organisation<TAB>region<TAB>themes'");
            string? Cell(int i) => i < parts.Length && parts[i].Length > 0 ? ScriptFold.Default.Fold(parts[i]) : null;
            var themes = Cell(3)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            byTarget[parts[0]] = new Correction(parts[0], Cell(1), Cell(2)?.Replace(" › ", "/").Replace('›', '/'), themes);
        }
    }

    public static Corrections Empty { get; } = new([]);

    public static Corrections Load(string path) => File.Exists(path) ? new(File.ReadLines(path), path) : Empty;

    public int Count => byTarget.Count;

    /// <summary>The correction of a report: by id first, then by source path and ordinal, then by source path.</summary>
    public Correction? For(string reportId, string sourcePath, int ordinal) =>
        byTarget.GetValueOrDefault(reportId) ?? byTarget.GetValueOrDefault($"{sourcePath}#{ordinal}") ?? byTarget.GetValueOrDefault(sourcePath);

    /// <summary>These corrections, then <paramref name="other"/>'s for targets these do not correct.</summary>
    public Corrections Then(Corrections other)
    {
        if (other.Count == 0) return this;
        var merged = new Corrections([]);
        foreach (var (target, correction) in other.byTarget) merged.byTarget[target] = correction;
        foreach (var (target, correction) in byTarget) merged.byTarget[target] = correction;
        return merged;
    }
}

/// <summary>
/// One person's correction of a report's metadata. Null fields keep what was extracted. The same record can be kept
/// with a document in the document store (the target is then that document's report id).
/// </summary>
public sealed record Correction(string Target, string? Organisation, string? Region, IReadOnlyList<string>? Themes);
