using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Splitting;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--actor-change</c> (tune only): learns the weights of <see cref="ActorChangeBoundaries"/> and validates them by
/// leaving one gathered set out. The examples are the candidate item starts of (a) tune's single news items, whole,
/// which must not be cut, and (b) pages composed of two to four of those items of different unions, whole, one after
/// the other with nothing between them, cut exactly at each item's first paragraph. For each set: logistic regression
/// on the other sets' examples, the threshold that maximises the other sets' exact pages less thirty times their single
/// items cut, then the held-out set's single items cut and composed pages exact. A page is exact when every candidate
/// is decided right and every item's first paragraph is a candidate (the left-to-right reading then follows the items
/// exactly). Only counts are printed; the texts stay outside the repository.
/// </summary>
public static class ActorChangeFit
{
    private const int PagesPerSet = 40;

    private sealed record Item(int Set, string Organisation, string Title, IReadOnlyList<string> Paragraphs);

    /// <summary>A page's candidates (features, whether each starts an item) and whether every item start is a candidate.</summary>
    private sealed record Example(int Set, bool Single, IReadOnlyList<(double[] Features, bool Starts)> Candidates, bool AllStartsCandidates);

    public static int Run(HarnessOptions options, IReadOnlyList<LabelledDocument> documents, IngestionPipeline pipeline)
    {
        var gazetteer = Gazetteer.Load(IngestionOptions.DataFile(null, "gazetteer.tsv"));
        var organisations = OrganisationDirectory.Load(IngestionOptions.DataFile(null, "organisations.tsv"), gazetteer);
        var items = new List<Item>();
        foreach (var document in documents.Where(d => d.Kind == "news" && d.Reports.Count == 1))
        {
            var produced = pipeline.IngestPath(Path.Combine(options.TextsFolder, document.FileName)).Reports;
            if (produced.Count == 0) continue;
            // The page as read, whatever the shipped weights cut: every report's passages in order.
            var paragraphs = produced.SelectMany(r => r.Passages).Select(p => p.Text.Trim()).Where(t => t.Length > 0).ToList();
            if (paragraphs.Count == 0) continue;
            items.Add(new Item(SetOf(document.Id), document.Reports[0].Organisation, produced[0].Title, paragraphs));
        }
        var random = new Random(20261130);
        var examples = new List<Example>();
        foreach (var item in items)
        {
            var candidates = ActorChangeBoundaries.Examples(item.Paragraphs, item.Title, new HashSet<int>(), organisations).Select(e => (e.Candidate.Features, e.Starts)).ToList();
            examples.Add(new Example(item.Set, true, candidates, true));
        }
        foreach (var set in items.Select(i => i.Set).Distinct().Order())
        {
            var pool = items.Where(i => i.Set == set && i.Organisation.Length > 0).ToList();
            if (pool.Select(i => i.Organisation).Distinct().Count() < 2) continue;
            for (var n = 0; n < PagesPerSet; n++)
            {
                var chosen = pool.OrderBy(_ => random.Next()).DistinctBy(i => i.Organisation).Take(random.Next(2, 5)).ToList();
                var paragraphs = new List<string>();
                var starts = new HashSet<int>();
                foreach (var item in chosen)
                {
                    if (paragraphs.Count > 0) starts.Add(paragraphs.Count);
                    paragraphs.AddRange(item.Paragraphs);
                }
                var title = random.Next(3) switch { 0 => "", 1 => chosen[0].Title, _ => "基层工会动态" };
                var found = ActorChangeBoundaries.Examples(paragraphs, title, starts, organisations).ToList();
                var candidates = found.Select(e => (e.Candidate.Features, e.Starts)).ToList();
                var all = starts.All(s => found.Any(e => e.Candidate.Index == s));
                examples.Add(new Example(set, false, candidates, all));
            }
        }
        Console.WriteLine($"single news items: {items.Count}; composed pages: {examples.Count(e => !e.Single)}; candidates: {examples.Sum(e => e.Candidates.Count)}");
        Console.WriteLine($"every item start a candidate on {examples.Count(e => !e.Single && e.AllStartsCandidates)} composed pages");
        Console.WriteLine();
        Console.WriteLine("shipped weights, every set:");
        Print("  all sets", Evaluate(examples, ActorChangeBoundaries.Weights.Weights, ActorChangeBoundaries.Weights.Threshold));

        Console.WriteLine();
        Console.WriteLine("leave one set out (fit on the others, score the set):");
        var rows = new List<(int Set, (int Singles, int Cut, int Pages, int Exact) Figures)>();
        foreach (var set in examples.Select(e => e.Set).Distinct().Order())
        {
            var training = examples.Where(e => e.Set != set).ToList();
            var (weights, threshold) = Fit(training);
            var figures = Evaluate(examples.Where(e => e.Set == set).ToList(), weights, threshold);
            rows.Add((set, figures));
            Print($"  {TuneSets.Name(set)} (t {threshold:0.00})", figures);
        }
        var pageRows = rows.Where(r => r.Figures.Pages > 0).ToList();
        Console.WriteLine($"  mean exact {pageRows.Average(r => 100.0 * r.Figures.Exact / r.Figures.Pages):0.0} %, worst set {pageRows.Min(r => 100.0 * r.Figures.Exact / r.Figures.Pages):0.0} %; "
            + $"single items cut {rows.Sum(r => r.Figures.Cut)} of {rows.Sum(r => r.Figures.Singles)}, worst set {rows.Max(r => r.Figures.Cut)}");

        var (final, finalThreshold) = Fit(examples);
        Console.WriteLine();
        Console.WriteLine($"fitted on every set: threshold {finalThreshold:0.00}");
        for (var k = 0; k < final.Length; k++) Console.WriteLine($"  {ActorChangeBoundaries.FeatureNames[k],-20} {final[k],7:0.00}");
        Print("  in sample", Evaluate(examples, final, finalThreshold));
        return 0;
    }

    private static int SetOf(string id) => TuneSets.Of(int.Parse(id[..3], System.Globalization.CultureInfo.InvariantCulture));

    private static void Print(string label, (int Singles, int Cut, int Pages, int Exact) f) =>
        Console.WriteLine($"{label,-22} single items cut {f.Cut,3} of {f.Singles,3}; composed pages exact {f.Exact,3} of {f.Pages,3}");

    private static (int Singles, int Cut, int Pages, int Exact) Evaluate(IReadOnlyList<Example> examples, IReadOnlyList<double> weights, double threshold)
    {
        int singles = 0, cut = 0, pages = 0, exact = 0;
        foreach (var example in examples)
        {
            var right = example.Candidates.All(c => ActorChangeBoundaries.Score(c.Features, weights) > threshold == c.Starts);
            if (example.Single)
            {
                singles++;
                if (!right) cut++;
            }
            else
            {
                pages++;
                if (right && example.AllStartsCandidates) exact++;
            }
        }
        return (singles, cut, pages, exact);
    }

    /// <summary>Logistic regression (a single item's candidates weigh three times), then the threshold the training pages choose.</summary>
    private static (double[] Weights, double Threshold) Fit(IReadOnlyList<Example> examples)
    {
        var rows = examples.SelectMany(e => e.Candidates.Select(c => (c.Features, Target: c.Starts ? 1.0 : 0.0, Weight: e.Single ? 3.0 : 1.0))).ToList();
        var width = ActorChangeBoundaries.FeatureNames.Length;
        var weights = new double[width];
        var total = rows.Sum(r => r.Weight);
        for (var epoch = 0; epoch < 1500; epoch++)
        {
            var gradient = new double[width];
            foreach (var (features, target, weight) in rows)
            {
                var error = 1 / (1 + Math.Exp(-ActorChangeBoundaries.Score(features, weights))) - target;
                for (var k = 0; k < width; k++) gradient[k] += weight * error * features[k];
            }
            for (var k = 0; k < width; k++) weights[k] -= 0.5 * (gradient[k] / total + (k == 0 ? 0 : 0.001 * weights[k]));
        }
        var best = (Threshold: 0.0, Value: double.MinValue);
        for (var threshold = -2.0; threshold <= 6.0; threshold += 0.25)
        {
            var (_, cut, _, exact) = Evaluate(examples, weights, threshold);
            var value = exact - 30.0 * cut;
            if (value > best.Value) best = (threshold, value);
        }
        return (weights, best.Threshold);
    }
}
