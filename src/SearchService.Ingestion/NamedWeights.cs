using System.Collections.Frozen;
using System.Globalization;

namespace SearchService.Ingestion;

/// <summary>
/// The data files of learnt weights (<c>actor-change.tsv</c>, <c>organisation-scorer.tsv</c>): a <c>#</c> provenance
/// header, then <c>name TAB number</c> rows, read through <see cref="DataRows"/>. Every required name must have a
/// number and no name may be given twice or be one the reader does not know, so a file fitted for another feature set
/// is refused rather than silently misread.
/// </summary>
internal static class NamedWeights
{
    /// <summary>The numbers by name; <paramref name="kind"/> names the file in the error messages ("organisation scorer").</summary>
    /// <exception cref="FormatException">A row that is no <c>name TAB number</c>, a name given twice, an unknown name or a required one missing.</exception>
    public static IReadOnlyDictionary<string, double> Parse(
        IEnumerable<string> lines, string kind, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"{kind}, line {number}: expected 'feature<TAB>number'");
            if (!byName.TryAdd(parts[0], value)) throw new FormatException($"{kind}, line {number}: {parts[0]} given twice");
        }
        var unknown = byName.Keys.Except(required).Except(optional).ToList();
        if (unknown.Count > 0) throw new FormatException($"{kind}: unknown features {string.Join(", ", unknown)}");
        var missing = required.Where(n => !byName.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new FormatException($"{kind}: no weight for {string.Join(", ", missing)}");
        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
