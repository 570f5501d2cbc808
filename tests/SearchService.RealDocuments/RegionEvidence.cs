using System.Collections.Concurrent;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// Whether a report placed by its organisation's name should be placed by its page's own evidence instead (title,
/// venue, the text's places; else the page, credits, site) where the two disagree. The disagreements fall in cells — how
/// the page's place stands to the organisation's (deeper inside it, above it, elsewhere in its province, in another
/// province) by where the page's place came from (title, text, the weak page/credit/site lines) — and a policy takes
/// the page's place in some cells. The policy is chosen on all sets but one (province + city + county right + no deeper than labelled, the
/// organisation's place on a tie) and scored on the one left out, in turn; tune only.
/// </summary>
internal static class RegionEvidence
{
    private static readonly string[] Relations = ["deeper", "above", "same province", "other province"];
    private static readonly string[] Sources = ["title", "text", "weak"];

    private sealed record Case(int Set, string Document, int Report, LabelledReport Label, string? Organisations, string? Own, int Cell);

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder)
    {
        var attributions = new ConcurrentDictionary<string, Attribution>(StringComparer.Ordinal);
        var pipeline = new IngestionPipeline(new IngestionOptions(), (id, attribution) => attributions[id] = attribution);
        var cases = new List<Case>();
        foreach (var document in documents)
        {
            var set = TuneSets.Of(int.Parse(document.Id));
            if (set < 0) continue;
            var produced = ProducedDocument.From(document.FileName, pipeline.IngestPath(Path.Combine(textsFolder, document.FileName)));
            foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced.Reports))
            {
                if (report is null || !attributions.TryGetValue(report.Id, out var a) || a.OwnPlace is not { } own) continue;
                cases.Add(new Case(set, document.Id, label.Number, label, a.Region, own.Region, CellOf(a.Region, own.Region, own.Source)));
            }
        }

        var disagreeing = cases.Where(c => c.Cell >= 0).ToList();
        Console.WriteLine($"\n{cases.Count} reports placed by their organisation's name; the page's own evidence disagrees on {disagreeing.Count}");
        Console.WriteLine("cell (page's place against the organisation's, by source): reports, page's place minus organisation's right (province, city, county, no deeper than labelled)");
        for (var cell = 0; cell < Relations.Length * Sources.Length; cell++)
        {
            var inCell = disagreeing.Where(c => c.Cell == cell).ToList();
            if (inCell.Count == 0) continue;
            var d = Gain(inCell);
            Console.WriteLine($"  {Relations[cell / Sources.Length],-15} {Sources[cell % Sources.Length],-6} {inCell.Count,4}   {d}");
        }
        foreach (var c in disagreeing.OrderBy(c => c.Cell))
            Console.WriteLine($"    {c.Document} #{c.Report} {Relations[c.Cell / Sources.Length]}/{Sources[c.Cell % Sources.Length]}: organisation's '{c.Organisations}', page's '{c.Own}', label {c.Label.Province}/{c.Label.City}/{c.Label.County}");

        LeaveOneSetOut("by relation", disagreeing, c => c.Cell / Sources.Length, Relations.Length);
        LeaveOneSetOut("by relation and source", disagreeing, c => c.Cell, Relations.Length * Sources.Length);
        return 0;
    }

    /// <summary>The cell of a disagreement, or -1 when the two agree or the page places nothing.</summary>
    private static int CellOf(string? organisations, string? own, string source)
    {
        if (organisations is null || own is null || organisations == own) return -1;
        var relation = Gazetteer.Within(own, organisations) ? 0
            : Gazetteer.Within(organisations, own) ? 1
            : Gazetteer.UpToDepth(own, 1) == Gazetteer.UpToDepth(organisations, 1) ? 2 : 3;
        return relation * Sources.Length + (source == "title" ? 0 : source == "text" ? 1 : 2);
    }

    // NoDeeper: a city's or province's report not placed in a county (or a province's in a city), as the harness counts it.
    private readonly record struct Levels(int Province, int City, int County, int NoDeeper)
    {
        public int Total => Province + City + County + NoDeeper;

        public static Levels operator +(Levels a, Levels b) => new(a.Province + b.Province, a.City + b.City, a.County + b.County, a.NoDeeper + b.NoDeeper);

        public static Levels operator -(Levels a, Levels b) => new(a.Province - b.Province, a.City - b.City, a.County - b.County, a.NoDeeper - b.NoDeeper);

        public override string ToString() => $"{Province:+0;-0;0} {City:+0;-0;0} {County:+0;-0;0} {NoDeeper:+0;-0;0}";
    }

    /// <summary>The levels right of a region against a label, as the harness counts them (DocumentScore).</summary>
    private static Levels Right(LabelledReport label, string? path)
    {
        var region = RegionLevels.Parse(path);
        var county = label.City.Length == 0 && region.County.Length == 0 ? region.City : region.County;
        return new Levels(
            label.Province.Length > 0 && region.Province == label.Province ? 1 : 0,
            label.City.Length > 0 && (region.City == label.City || region.City == LabelledPlaces.TodaysCity(label)) ? 1 : 0,
            label.County.Length > 0 && (county == label.County || county == LabelledPlaces.TodaysCounty(label)) ? 1 : 0,
            label.Province.Length > 0 && label.County.Length == 0 && county.Length == 0 && (label.City.Length > 0 || region.City.Length == 0) ? 1 : 0);
    }

    private static Levels Gain(IEnumerable<Case> cases) =>
        cases.Aggregate(new Levels(), (sum, c) => sum + (Right(c.Label, c.Own) - Right(c.Label, c.Organisations)));

    /// <summary>A policy takes the page's place in the cells whose bit is set; its gain over always the organisation's.</summary>
    private static Levels GainOf(int policy, IEnumerable<Case> cases, Func<Case, int> cellOf) =>
        Gain(cases.Where(c => (policy & (1 << cellOf(c))) != 0));

    private static void LeaveOneSetOut(string name, List<Case> cases, Func<Case, int> cellOf, int cells)
    {
        Console.WriteLine($"\nleave one set out, cells {name}: the policy chosen on the other sets, its gain on the set left out (province, city, county, no deeper than labelled)");
        var total = new Levels();
        var perSet = new List<(string Set, Levels Gain, int Policy)>();
        for (var set = 0; set < TuneSets.Ranges.Length; set++)
        {
            var fit = cases.Where(c => c.Set != set).ToList();
            var best = 0;
            var bestGain = 0;
            for (var policy = 1; policy < 1 << cells; policy++)
            {
                var gain = GainOf(policy, fit, cellOf).Total;
                if (gain > bestGain || gain == bestGain && BitCount(policy) < BitCount(best)) (best, bestGain) = (policy, gain);
            }
            var left = GainOf(best, cases.Where(c => c.Set == set), cellOf);
            total += left;
            perSet.Add((TuneSets.Name(set), left, best));
        }
        foreach (var (set, gain, policy) in perSet)
            Console.WriteLine($"  {set}  {gain}  page's place in: {Describe(policy, name)}");
        Console.WriteLine($"  total {total}; mean per set {total.Total / (double)perSet.Count:+0.00;-0.00;0}, worst set {perSet.Min(s => s.Gain.Total):+0;-0;0}");
        var all = 0;
        var allGain = 0;
        for (var policy = 1; policy < 1 << cells; policy++)
            if (GainOf(policy, cases, cellOf).Total is var g && g > allGain) (all, allGain) = (policy, g);
        Console.WriteLine($"  on all {TuneSets.Ranges.Length} sets: {Describe(all, name)} ({allGain:+0;-0;0})");
    }

    private static int BitCount(int policy) => System.Numerics.BitOperations.PopCount((uint)policy);

    private static string Describe(int policy, string name)
    {
        if (policy == 0) return "none (the organisation's place always)";
        var cells = new List<string>();
        for (var cell = 0; cell < 12; cell++)
            if ((policy & (1 << cell)) != 0)
                cells.Add(name == "by relation" ? Relations[cell] : $"{Relations[cell / Sources.Length]}/{Sources[cell % Sources.Length]}");
        return string.Join(", ", cells);
    }
}
