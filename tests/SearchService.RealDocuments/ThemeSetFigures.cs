using System.Globalization;

namespace SearchService.RealDocuments;

/// <summary>One set's theme figures for one way of choosing themes.</summary>
internal sealed record ThemeSetFigures(string Set, int Reports, int Sensible, int Right, int Produced, int Labelled)
{
    public double SensibleShare => (double)Sensible / Math.Max(1, Reports);
    public double Precision => (double)Right / Math.Max(1, Produced);
    public double Recall => (double)Right / Math.Max(1, Labelled);
    public int Gain => Right - (Produced - Right);

    public static ThemeSetFigures Of(string set, IReadOnlyList<ThemeRow> rows, IReadOnlyList<IReadOnlyList<string>> themes)
    {
        var pairs = rows.Zip(themes).ToList();
        return new ThemeSetFigures(set, rows.Count, pairs.Count(p => p.Second.Any(p.First.Report.Labels.Contains)),
            pairs.Sum(p => p.Second.Count(p.First.Report.Labels.Contains)), pairs.Sum(p => p.Second.Count), rows.Sum(r => r.Report.Labels.Count));
    }

    public static ThemeSetFigures Pool(IEnumerable<ThemeSetFigures> sets)
    {
        var list = sets.ToList();
        return new ThemeSetFigures("pooled", list.Sum(s => s.Reports), list.Sum(s => s.Sensible), list.Sum(s => s.Right), list.Sum(s => s.Produced), list.Sum(s => s.Labelled));
    }

    public override string ToString() =>
        $"sensible {Sensible}/{Reports}, precision {Right}/{Produced} ({(100 * Precision).ToString("0.0", CultureInfo.InvariantCulture)} %), recall {Right}/{Labelled} ({(100 * Recall).ToString("0.0", CultureInfo.InvariantCulture)} %)";
}
