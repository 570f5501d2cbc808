using System.Collections.Immutable;
using System.Globalization;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// The learnt weights of <see cref="ActorChangeBoundaries"/>: one per feature (<see cref="ActorChangeBoundaries.FeatureNames"/>,
/// the bias first) and the score a candidate needs to start an item. They come from <c>actor-change.tsv</c>, written by
/// the real-documents harness (<c>--actor-change FILE</c>), so a refit never edits code; a file fitted for another feature
/// set is refused rather than silently misread. Immutable once read.
/// </summary>
internal sealed record ActorChangeWeights(ImmutableArray<double> Weights, double Threshold)
{
    /// <summary>The shipped file's name under Ingestion/Data.</summary>
    public const string FileName = "actor-change.tsv";

    /// <summary>Reads <c>feature TAB weight</c> lines and <c>threshold TAB number</c>; lines starting with # are the provenance header.</summary>
    public static ActorChangeWeights Parse(IEnumerable<string> lines)
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(lines))
        {
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"actor-change weights, line {number}: expected 'feature<TAB>number'");
            if (!byName.TryAdd(parts[0], value)) throw new FormatException($"actor-change weights, line {number}: {parts[0]} given twice");
        }
        var unknown = byName.Keys.Except(ActorChangeBoundaries.FeatureNames).Except(["threshold"]).ToList();
        if (unknown.Count > 0) throw new FormatException($"actor-change weights: unknown features {string.Join(", ", unknown)}");
        var missing = ActorChangeBoundaries.FeatureNames.Append("threshold").Where(n => !byName.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new FormatException($"actor-change weights: no weight for {string.Join(", ", missing)}");
        return new ActorChangeWeights([.. ActorChangeBoundaries.FeatureNames.Select(n => byName[n])], byName["threshold"]);
    }

    public static ActorChangeWeights Load(string path) => Parse(File.ReadLines(path));

    /// <summary>The file's lines: the provenance header (each line prefixed with #), the threshold, one weight per feature.</summary>
    public IEnumerable<string> Lines(IEnumerable<string> provenance)
    {
        foreach (var line in provenance) yield return "# " + line;
        yield return FormattableString.Invariant($"threshold\t{Threshold:0.####}");
        for (var k = 0; k < Weights.Length; k++) yield return FormattableString.Invariant($"{ActorChangeBoundaries.FeatureNames[k]}\t{Weights[k]:0.####}");
    }

    public double Score(IReadOnlyList<double> features)
    {
        var sum = 0.0;
        for (var k = 0; k < features.Count; k++) sum += features[k] * Weights[k];
        return sum;
    }
}
