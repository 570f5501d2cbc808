using System.Collections.Immutable;

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
        var byName = NamedWeights.Parse(lines, "actor-change weights", [.. ActorChangeBoundaries.FeatureNames, "threshold"], []);
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
