using System.Globalization;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--organisations study</c> (tune only): whether the learnt organisation scorer overfits or underfits, in one pass
/// over the candidates (gathering them is the slow part). Leaving one gathered set out at several L2 settings, with the
/// fitted threshold and always choosing, against the shipped weights on the same sets; a learning curve (fitted on the
/// first k sets, scored on the later ones and on the newest set alone); every feature's weight across the left-out
/// fits (near zero, or changing sign); and the shipped weights' score of the chosen candidate on hits and misses, with a
/// confidence floor under which the report is left empty, chosen leaving one set out. Counts only: no text is printed.
/// </summary>
internal static class OrganisationStudy
{
    private static readonly float[] Regularisations = [0.1f, 0.3f, 1, 3];

    private static readonly int[] CurvePoints = [5, 10, 15, 20];

    public static void Run(IReadOnlyList<OrganisationCase> cases, OrganisationScorer shipped, IReadOnlyList<string> without)
    {
        var sets = cases.Select(c => LeaveOneSetOut.SetIndexOf(c.Document)).Distinct().Order().Select(TuneSets.Name).ToList();
        // The sets from 834–874 on, which the weights shipped in the eighteenth round (tune 001–833) were not fitted on.
        bool Unseen(string set) => int.Parse(set[..set.IndexOf('–', StringComparison.Ordinal)], CultureInfo.InvariantCulture) >= 834;
        var newest = sets[^1];
        bool Right(OrganisationCase c, OrganisationScorer s) => OrganisationScorerTraining.Right(c, s);
        string Share(int right, int total) => $"{right}/{total} ({(total == 0 ? 0 : 100.0 * right / total):0.0} %)";

        Console.WriteLine();
        Console.WriteLine($"== 1. leave one set out ({sets.Count} sets), against the shipped weights on the same reports");
        var shippedBySet = sets.ToDictionary(s => s, s => (Right: cases.Count(c => LeaveOneSetOut.SetOf(c.Document) == s && Right(c, shipped)),
            Total: cases.Count(c => LeaveOneSetOut.SetOf(c.Document) == s)));
        var shippedWorst = shippedBySet.MinBy(p => (double)p.Value.Right / p.Value.Total);
        Console.WriteLine($"shipped: {shippedBySet.Values.Sum(v => v.Right)}/{cases.Count}, mean of sets {shippedBySet.Values.Average(v => 100.0 * v.Right / v.Total):0.0} %, "
            + $"worst set {shippedWorst.Key} {Share(shippedWorst.Value.Right, shippedWorst.Value.Total)}; {newest} {Share(shippedBySet[newest].Right, shippedBySet[newest].Total)}; "
            + $"sets it never saw (834 on) {Share(shippedBySet.Where(p => Unseen(p.Key)).Sum(p => p.Value.Right), shippedBySet.Where(p => Unseen(p.Key)).Sum(p => p.Value.Total))}");
        // The shipped weights without their threshold (always choosing): what the threshold does on the same reports.
        var shippedAlways = new OrganisationScorer(shipped.Weights, shipped.Bias, double.NegativeInfinity);
        var alwaysBySet = sets.ToDictionary(s => s, s => cases.Count(c => LeaveOneSetOut.SetOf(c.Document) == s && Right(c, shippedAlways)));
        var alwaysWorst = sets.MinBy(s => (double)alwaysBySet[s] / shippedBySet[s].Total)!;
        Console.WriteLine($"shipped always choosing: {alwaysBySet.Values.Sum()}/{cases.Count}, mean of sets {sets.Average(s => 100.0 * alwaysBySet[s] / shippedBySet[s].Total):0.0} %, "
            + $"worst set {alwaysWorst} {Share(alwaysBySet[alwaysWorst], shippedBySet[alwaysWorst].Total)}; {newest} {Share(alwaysBySet[newest], shippedBySet[newest].Total)}; "
            + $"834 on {Share(sets.Where(Unseen).Sum(s => alwaysBySet[s]), sets.Where(Unseen).Sum(s => shippedBySet[s].Total))}; "
            + $"its threshold gets {cases.Count(c => c.Label.Length == 0 && Right(c, shipped) && !Right(c, shippedAlways))} empty-labelled reports right and {cases.Count(c => c.Label.Length > 0 && !Right(c, shipped) && Right(c, shippedAlways))} named ones wrong; "
            + "per set " + string.Join(' ', sets.Where(s => alwaysBySet[s] != shippedBySet[s].Right).Select(s => $"{s[..s.IndexOf('–', StringComparison.Ordinal)]}{alwaysBySet[s] - shippedBySet[s].Right:+0;-0}")));
        var foldWeights = new Dictionary<string, List<OrganisationScorer>>();
        foreach (var always in new[] { false, true })
            foreach (var l2 in Regularisations)
            {
                var settings = new OrganisationScorerTraining.Settings(l2, false, without) { AlwaysChoose = always };
                var result = LeaveOneSetOut.Run(cases, settings, shipped);
                var last = result.Sets.Single(s => s.Set == newest);
                var unseen = result.Sets.Where(s => Unseen(s.Set)).ToList();
                var fitted = OrganisationScorerTraining.Fit(cases, settings);
                // The fit on every set, to ingest with (--organisation-weights) before choosing to ship it.
                File.WriteAllLines(Path.Combine(Path.GetTempPath(), $"organisation-scorer-study-{l2.ToString(CultureInfo.InvariantCulture)}{(always ? "-always" : "")}.tsv"),
                    OrganisationScorerTraining.WeightsFile(fitted, $"study fit on all of tune, {settings}"));
                Console.WriteLine($"{settings}: {result.Learnt}/{result.Total}, mean of sets {100 * result.Mean:0.0} %, worst set {result.Worst.Set} {Share(result.Worst.Learnt, result.Worst.Total)}; "
                    + $"{newest} left out {Share(last.Learnt, last.Total)}; 834 on {Share(unseen.Sum(s => s.Learnt), unseen.Sum(s => s.Total))}; "
                    + $"fitted on all {cases.Count(c => Right(c, fitted))}; threshold +{result.Sets.Sum(s => s.EmptyGained)} empty -{result.Sets.Sum(s => s.NamedLost)} named");
                Console.WriteLine("    per set (left out − shipped): " + string.Join(' ', result.Sets.Select(s => $"{s.Set[..4]}{s.Learnt - s.Shipped:+0;-0;0}")));
                foldWeights[settings.ToString()] = sets.Select(s => OrganisationScorerTraining.Fit(cases.Where(c => LeaveOneSetOut.SetOf(c.Document) != s).ToList(), settings)).ToList();
            }

        Console.WriteLine();
        Console.WriteLine("== 2. learning curve: fitted on the first k sets, scored on the sets after them (the shipped weights on the same reports)");
        foreach (var always in new[] { false, true })
            foreach (var l2 in new[] { 0.3f, 1f })
            {
                var settings = new OrganisationScorerTraining.Settings(l2, false, without) { AlwaysChoose = always };
                foreach (var k in CurvePoints.Where(k => k < sets.Count))
                {
                    var first = sets.Take(k).ToHashSet();
                    var scorer = OrganisationScorerTraining.Fit(cases.Where(c => first.Contains(LeaveOneSetOut.SetOf(c.Document))).ToList(), settings);
                    var later = cases.Where(c => !first.Contains(LeaveOneSetOut.SetOf(c.Document))).ToList();
                    var last = cases.Where(c => LeaveOneSetOut.SetOf(c.Document) == newest).ToList();
                    // 834–1024 is after every k but 20 and was never seen by the shipped weights: one fixed yardstick.
                    var fixedSets = cases.Where(c => Unseen(LeaveOneSetOut.SetOf(c.Document)) && LeaveOneSetOut.SetOf(c.Document) != newest).ToList();
                    var perSet = later.GroupBy(c => LeaveOneSetOut.SetOf(c.Document)).Select(g => 100.0 * g.Count(c => Right(c, scorer)) / g.Count()).ToList();
                    Console.WriteLine($"{settings}, k {k,2} ({cases.Count(c => first.Contains(LeaveOneSetOut.SetOf(c.Document)))} reports): later sets {Share(later.Count(c => Right(c, scorer)), later.Count)} "
                        + $"(shipped {later.Count(c => Right(c, shipped))}; mean of sets {perSet.Average():0.0} %, worst {perSet.Min():0.0} %); "
                        + $"{newest} {Share(last.Count(c => Right(c, scorer)), last.Count)}"
                        + (k <= 15 ? $"; 834–1024 {Share(fixedSets.Count(c => Right(c, scorer)), fixedSets.Count)} (shipped {fixedSets.Count(c => Right(c, shipped))})" : ""));
                }
            }

        Console.WriteLine();
        Console.WriteLine("== 3. weights across the left-out fits: shipped, fitted on all, mean [min, max] of the 21 fits, sign changes");
        foreach (var (name, fits) in foldWeights.Where(p => p.Key.StartsWith("L2 0.3,", StringComparison.Ordinal) || p.Key.StartsWith("L2 1,", StringComparison.Ordinal)))
        {
            var all = OrganisationScorerTraining.Fit(cases, new OrganisationScorerTraining.Settings(float.Parse(name[3..name.IndexOf(',')], CultureInfo.InvariantCulture), false, without)
                { AlwaysChoose = name.Contains("always", StringComparison.Ordinal) });
            Console.WriteLine($"-- {name} (threshold of the fits {fits.Min(f => f.Threshold):0.00}…{fits.Max(f => f.Threshold):0.00}, bias {fits.Min(f => f.Bias):0.00}…{fits.Max(f => f.Bias):0.00})");
            for (var i = 0; i < OrganisationCandidate.FeatureCount; i++)
            {
                var w = fits.Select(f => f.Weights[i]).ToList();
                if (w.All(x => x == 0) && shipped.Weights[i] == 0) continue;
                var positive = w.Count(x => x > 0.05);
                var negative = w.Count(x => x < -0.05);
                var note = w.All(x => Math.Abs(x) < 0.15) ? " NEAR ZERO" : positive > 0 && negative > 0 ? " SIGN CHANGES" : "";
                Console.WriteLine($"  {OrganisationCandidate.FeatureNames[i],-20} shipped {shipped.Weights[i],7:0.00} all {all.Weights[i],7:0.00} mean {w.Average(),7:0.00} [{w.Min(),6:0.00}, {w.Max(),6:0.00}] +{positive} -{negative}{note}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("== 4. the shipped weights' score of the best candidate, on tune's scored reports");
        var scored = cases.Where(OrganisationScorerTraining.Scored).Where(c => c.Choice!.Candidates.Count > 0).ToList();
        double Top(OrganisationCase c, OrganisationScorer s) => c.Choice!.Candidates.Max(k => s.Score(k.Features));
        double[] edges = [double.NegativeInfinity, -2, -1, 0, 1, 2, 3, 4, 6, double.PositiveInfinity];
        for (var b = 0; b + 1 < edges.Length; b++)
        {
            var bin = scored.Where(c => Top(c, shipped) >= edges[b] && Top(c, shipped) < edges[b + 1]).ToList();
            var hits = bin.Count(c => Right(c, shipped));
            var emptyMiss = bin.Count(c => !Right(c, shipped) && c.Label.Length == 0);
            var unreachable = bin.Count(c => !Right(c, shipped) && c.Label.Length > 0 && !c.Reachable);
            Console.WriteLine($"  [{edges[b],5}, {edges[b + 1],5}): {bin.Count,3} reports, right {hits,3}, wrong {bin.Count - hits,3} (labelled empty {emptyMiss}, named and no candidate gives it {unreachable}, named and another candidate would {bin.Count - hits - emptyMiss - unreachable})");
        }
        var labelledEmpty = scored.Count(c => c.Label.Length == 0);
        Console.WriteLine($"  {scored.Count} scored reports with candidates, {labelledEmpty} labelled with no organisation; the shipped threshold {shipped.Threshold}");

        // Left empty under a floor: what the report gets when its best candidate scores below `floor`.
        string Given(OrganisationCase c, OrganisationScorer s, double floor) =>
            OrganisationScorerTraining.Scored(c) && c.Choice!.Candidates.Count > 0 && Top(c, s) < floor ? "" : OutcomeOf(c, s);
        int RightWith(IEnumerable<OrganisationCase> some, OrganisationScorer s, double floor) => some.Count(c => Given(c, s, floor) == c.Label);
        double BestFloor(IReadOnlyList<OrganisationCase> training, OrganisationScorer s)
        {
            // Each report's top score, whether choosing gets it right and whether leaving it empty would: one sweep up the scores.
            var tops = training.Where(c => OrganisationScorerTraining.Scored(c) && c.Choice!.Candidates.Count > 0)
                .Select(c => (Score: Top(c, s), Chosen: OutcomeOf(c, s) == c.Label, Empty: c.Label.Length == 0)).OrderBy(t => t.Score).ToList();
            var best = (Floor: double.NegativeInfinity, Gain: 0);
            var gain = 0;
            for (var i = 0; i < tops.Count; i++)
            {
                gain += (tops[i].Empty ? 1 : 0) - (tops[i].Chosen ? 1 : 0);
                // The floor just above this score (the lowest of equals: choosing stays the default).
                if ((i + 1 == tops.Count || tops[i + 1].Score > tops[i].Score) && gain > best.Gain) best = (tops[i].Score + 1e-6, gain);
            }
            return best.Floor;
        }
        foreach (var useShipped in new[] { true, false })
        {
            var gained = 0;
            var perSet = new List<(string Set, int Without, int With, int Total, double Floor)>();
            foreach (var set in sets)
            {
                var training = cases.Where(c => LeaveOneSetOut.SetOf(c.Document) != set).ToList();
                var test = cases.Where(c => LeaveOneSetOut.SetOf(c.Document) == set).ToList();
                var s = useShipped ? shipped : OrganisationScorerTraining.Fit(training, new OrganisationScorerTraining.Settings(0.3f, false, without));
                var floor = BestFloor(training, s);
                perSet.Add((set, RightWith(test, s, double.NegativeInfinity), RightWith(test, s, floor), test.Count, floor));
                gained += RightWith(test, s, floor) - RightWith(test, s, double.NegativeInfinity);
            }
            var worst = perSet.MinBy(p => (double)p.With / p.Total);
            Console.WriteLine($"  floor chosen leaving one set out, {(useShipped ? "shipped weights" : "L2 0.3 weights fitted without the set")}: {perSet.Sum(p => p.Without)} → {perSet.Sum(p => p.With)} of {cases.Count} "
                + $"(mean of sets {perSet.Average(p => 100.0 * p.Without / p.Total):0.0} → {perSet.Average(p => 100.0 * p.With / p.Total):0.0} %, worst set {worst.Set} {worst.With}/{worst.Total}); "
                + $"floors {perSet.Min(p => p.Floor):0.00}…{perSet.Max(p => p.Floor):0.00}; {newest} {perSet.Single(p => p.Set == newest).Without} → {perSet.Single(p => p.Set == newest).With}; "
                + "per set " + string.Join(' ', perSet.Where(p => p.With != p.Without).Select(p => $"{p.Set[..4]}{p.With - p.Without:+0;-0}")));
        }
    }

    private static string OutcomeOf(OrganisationCase c, OrganisationScorer s) =>
        OrganisationScorerTraining.Scored(c) ? c.Outcome(s.Choose(c.Choice!.Candidates)) : c.Produced;
}
