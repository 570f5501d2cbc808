using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--organisations joint</c>: which co-action shapes (<see cref="JointAction"/>) should give a report no organisation
/// before its candidates are scored, judged by leaving one gathered set out. Each set's reports are scored by weights
/// fitted without that set; a shape is chosen for the left-out set when, on the other sets, it gains more
/// empty-labelled reports than it loses named ones. Prints each shape's gains and losses set by set, then the left-out
/// figures with the chosen shapes against none (total, mean of sets, worst set).
/// </summary>
internal static class JointChoice
{
    private static readonly JointAction[] Shapes = [JointAction.ListedTogether, JointAction.OrganisersListed, JointAction.LevelsTogether, JointAction.ListedSubject, JointAction.ListedTogetherLater, JointAction.ProvincesTogether];

    public static void Run(IReadOnlyList<OrganisationCase> cases, OrganisationScorerTraining.Settings settings, bool verbose)
    {
        var sets = cases.GroupBy(c => LeaveOneSetOut.SetOf(c.Document)).OrderBy(g => LeaveOneSetOut.SetIndexOf(g.First().Document)).ToList();
        var picks = new Dictionary<OrganisationCase, string?>();
        foreach (var set in sets)
        {
            var scorer = OrganisationScorerTraining.Fit(cases.Where(c => LeaveOneSetOut.SetOf(c.Document) != set.Key).ToList(), settings);
            foreach (var c in set) picks[c] = OrganisationScorerTraining.Scored(c) ? scorer.Choose(c.Choice!.Candidates) : null;
        }
        string Given(OrganisationCase c, JointAction deciding) => OrganisationScorerTraining.Scored(c) ? c.Outcome(picks[c], deciding) : c.Produced;
        bool Right(OrganisationCase c, JointAction deciding) => Given(c, deciding) == c.Label;
        (int Gained, int Lost) Effect(IEnumerable<OrganisationCase> some, JointAction shape) =>
            (some.Count(c => c.Label.Length == 0 && !Right(c, JointAction.None) && Right(c, shape)),
             some.Count(c => c.Label.Length > 0 && Right(c, JointAction.None) && !Right(c, shape)));

        Console.WriteLine($"co-action shapes, {settings}: each set scored by weights fitted without it");
        foreach (var shape in Shapes)
        {
            var fires = cases.Count(c => c.Choice is { } k && (k.Joint & shape) != 0);
            var (gained, lost) = Effect(cases, shape);
            Console.WriteLine($"  {shape}: fires on {fires} reports; +{gained} empty-labelled, -{lost} named; per set "
                + string.Join(' ', sets.Select(s => Effect(s, shape)).Select((e, i) => (e, i)).Where(p => p.e != (0, 0)).Select(p => $"{sets[p.i].Key}:+{p.e.Gained}/-{p.e.Lost}")));
            if (verbose)
                foreach (var c in cases.Where(c => c.Choice is { } k && (k.Joint & shape) != 0))
                    Console.WriteLine($"    {c.Document}#{c.Report} label '{c.Label}' scored '{Given(c, JointAction.None)}'");
        }

        var before = new List<(string Set, int Right, int Total)>();
        var after = new List<(string Set, int Right, int Total, JointAction Chosen)>();
        foreach (var set in sets)
        {
            var others = cases.Where(c => LeaveOneSetOut.SetOf(c.Document) != set.Key).ToList();
            var chosen = Shapes.Where(shape => Effect(others, shape) is var (g, l) && g > l).Aggregate(JointAction.None, (a, b) => a | b);
            before.Add((set.Key, set.Count(c => Right(c, JointAction.None)), set.Count()));
            after.Add((set.Key, set.Count(c => Right(c, chosen)), set.Count(), chosen));
        }
        static string Figures(IEnumerable<(string Set, int Right, int Total)> figures)
        {
            var list = figures.ToList();
            var worst = list.MinBy(f => (double)f.Right / f.Total);
            return $"{list.Sum(f => f.Right)}/{list.Sum(f => f.Total)}, mean of sets {list.Average(f => (double)f.Right / f.Total):P1}, "
                + $"worst set {worst.Set} {worst.Right}/{worst.Total} ({(double)worst.Right / worst.Total:P1})";
        }
        Console.WriteLine($"left out, no shape deciding: {Figures(before)}");
        foreach (var shape in Shapes)
            Console.WriteLine($"left out, {shape} alone deciding: {Figures(sets.Select(s => (s.Key, s.Count(c => Right(c, shape)), s.Count())))}");
        Console.WriteLine($"left out, the shapes chosen without the set deciding: {Figures(after.Select(a => (a.Set, a.Right, a.Total)))}");
        foreach (var (b, a) in before.Zip(after))
            if (a.Right != b.Right || a.Chosen != JointAction.None)
                Console.WriteLine($"  set {a.Set}: chosen {a.Chosen}; {b.Right} → {a.Right} of {a.Total}");
    }
}
