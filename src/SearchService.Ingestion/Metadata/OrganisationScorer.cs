namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A learnt linear scorer over a report's organisation candidates: each candidate's score is the weighted sum of its
/// features (<see cref="OrganisationFeature"/>) plus a bias, the best-scoring candidate is the report's organisation,
/// and none is when even the best scores below the threshold. The weights come from <c>organisation-scorer.tsv</c>
/// (trained by the real-document harness, see the Ingestion README); every feature must have a weight, so a file
/// trained for another feature set is refused rather than silently misread.
/// </summary>
internal sealed class OrganisationScorer
{
    private readonly double[] weights;

    public OrganisationScorer(IReadOnlyList<double> weights, double bias, double threshold)
    {
        if (weights.Count != OrganisationCandidate.FeatureCount)
            throw new ArgumentException($"{weights.Count} weights for {OrganisationCandidate.FeatureCount} features", nameof(weights));
        this.weights = [.. weights];
        Bias = bias;
        Threshold = threshold;
    }

    public double Bias { get; }

    /// <summary>The score a candidate needs to be chosen at all.</summary>
    public double Threshold { get; }

    public IReadOnlyList<double> Weights => weights;

    /// <summary>Reads <c>feature TAB weight</c> lines (and <c>bias</c>, <c>threshold</c>); lines starting with # are the provenance header.</summary>
    public static OrganisationScorer Parse(IEnumerable<string> lines)
    {
        var byName = NamedWeights.Parse(lines, "organisation scorer", OrganisationCandidate.FeatureNames, ["bias", "threshold"]);
        return new OrganisationScorer(OrganisationCandidate.FeatureNames.Select(n => byName[n]).ToList(),
            byName.GetValueOrDefault("bias"), byName.GetValueOrDefault("threshold"));
    }

    public static OrganisationScorer Load(string path) => Parse(File.ReadLines(path));

    public double Score(IReadOnlyList<double> features)
    {
        var sum = Bias;
        for (var i = 0; i < weights.Length; i++) sum += weights[i] * features[i];
        return sum;
    }

    /// <summary>The best-scoring candidate's name (the shorter name, then the first named, on a tie), or null when none reaches the threshold.</summary>
    public string? Choose(IReadOnlyList<OrganisationCandidate> candidates)
    {
        OrganisationCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate.Features);
            if (score > bestScore || score == bestScore && best is not null && candidate.Name.Length < best.Name.Length)
                (best, bestScore) = (candidate, score);
        }
        return best is not null && bestScore >= Threshold ? best.Name : null;
    }
}
