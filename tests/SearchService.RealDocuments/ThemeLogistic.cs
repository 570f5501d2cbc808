using System.Globalization;

namespace SearchService.RealDocuments;

/// <summary>
/// A logistic regression per theme over a report's keyword evidence for that theme and, optionally, the report's words
/// (binary; a word counts when at least <see cref="WordMinReports"/> training reports hold it), fitted by stochastic
/// gradient descent with L2 (the bias free); dependency-free and deterministic (a fixed shuffle seed).
/// </summary>
internal sealed class ThemeLogistic
{
    private const int Epochs = 25, WordMinReports = 3;
    private readonly double[][] dense;
    private readonly Dictionary<string, double[]> words;
    private readonly bool useWords;

    private ThemeLogistic(double[][] dense, Dictionary<string, double[]> words, bool useWords) =>
        (this.dense, this.words, this.useWords) = (dense, words, useWords);

    public static ThemeLogistic Fit(List<ThemeRow> rows, int themes, ThemeModelConfig config)
    {
        var dense = Enumerable.Range(0, themes).Select(_ => new double[ThemeRow.DenseCount]).ToArray();
        var words = new Dictionary<string, double[]>(StringComparer.Ordinal);
        if (config.Words)
            foreach (var g in rows.SelectMany(r => r.Words).GroupBy(w => w, StringComparer.Ordinal))
                if (g.Count() >= WordMinReports) words[g.Key] = new double[themes];
        var model = new ThemeLogistic(dense, words, config.Words);
        var n = rows.Count;
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(14);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = 0.1 / (1 + 0.2 * epoch);
            foreach (var i in order)
            {
                var row = rows[i];
                var present = config.Words ? row.Words.Where(words.ContainsKey).Select(w => words[w]).ToList() : [];
                for (var t = 0; t < themes; t++)
                {
                    var z = Dot(dense[t], row.Dense[t]);
                    foreach (var w in present) z += w[t];
                    var g = Sigmoid(z) - (row.Labelled[t] ? 1 : 0);
                    for (var d = 0; d < ThemeRow.DenseCount; d++) dense[t][d] -= rate * g * row.Dense[t][d];
                    foreach (var w in present) w[t] -= rate * g;
                }
            }
            // L2 once per epoch (the whole data's pull, spread over its examples), the bias left free.
            var denseDecay = 1 - rate * config.DenseL2;
            foreach (var wt in dense) for (var d = 1; d < wt.Length; d++) wt[d] *= denseDecay;
            var wordDecay = 1 - rate * config.WordL2;
            foreach (var wt in words.Values) for (var t = 0; t < wt.Length; t++) wt[t] *= wordDecay;
        }
        return model;
    }

    public double[] Probabilities(ThemeRow row)
    {
        var present = useWords ? row.Words.Where(words.ContainsKey).Select(w => words[w]).ToList() : [];
        var p = new double[dense.Length];
        for (var t = 0; t < dense.Length; t++)
        {
            var z = Dot(dense[t], row.Dense[t]);
            foreach (var w in present) z += w[t];
            p[t] = Sigmoid(z);
        }
        return p;
    }

    /// <summary>Per theme, the words that weigh most for it.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> themes, int top)
    {
        for (var t = 0; t < themes.Count; t++)
        {
            var best = words.OrderByDescending(w => w.Value[t]).Take(top).Select(w => $"{w.Key} {w.Value[t].ToString("0.00", CultureInfo.InvariantCulture)}");
            yield return $"{themes[t]}: dense [{string.Join(" ", dense[t].Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}]; words {string.Join(", ", best)}";
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
