using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// The organisation scorer judged by gathered sets instead of random folds: fitted on every set of tune but one and
/// measured on the one left out, in turn. A set's documents share sites and page shapes, so random folds put a set's
/// twins on both sides and flatter weights that learnt a site; a set left out whole is what the next unseen set will be.
/// </summary>
internal static class LeaveOneSetOut
{
    // The whole id: from 1000 on ids have four digits, and their first three would put 1000–1074 in 092–138.
    public static int SetIndexOf(string document) => TuneSets.Of(int.Parse(document, System.Globalization.CultureInfo.InvariantCulture));

    public static string SetOf(string document) => TuneSets.Name(SetIndexOf(document));

    /// <summary>One set left out: reports the weights fitted without it get right, the hand-set scoring and the shipped weights (fitted with it) on the same reports.</summary>
    public sealed record SetFigure(string Set, int Learnt, int Hand, int Shipped, int Total)
    {
        /// <summary>Left-out reports labelled with no organisation that the fitted threshold gets right and choosing always would not.</summary>
        public int EmptyGained { get; init; }

        /// <summary>Left-out reports labelled with a name that choosing always gets right and the fitted threshold loses.</summary>
        public int NamedLost { get; init; }

        public double Share => Total == 0 ? 0 : (double)Learnt / Total;
    }

    /// <summary>Per-set figures, their sum, the mean of the sets' shares and the worst set's.</summary>
    public sealed record Result(IReadOnlyList<SetFigure> Sets)
    {
        public int Learnt => Sets.Sum(s => s.Learnt);

        public int Total => Sets.Sum(s => s.Total);

        public double Mean => Sets.Average(s => s.Share);

        public SetFigure Worst => Sets.MinBy(s => s.Share)!;

        public override string ToString() =>
            $"leave-one-set-out {Learnt}/{Total}, mean of sets {Mean:P1}, worst set {Worst.Set} {Worst.Learnt}/{Worst.Total} ({Worst.Share:P1}); "
            + $"the fitted threshold against always choosing: {Sets.Sum(s => s.EmptyGained)} empty-labelled gained, {Sets.Sum(s => s.NamedLost)} named lost";
    }

    /// <param name="miss">Called for each left-out report the weights fitted without its set get wrong, with what they give.</param>
    public static Result Run(IReadOnlyList<OrganisationCase> cases, OrganisationScorerTraining.Settings settings, OrganisationScorer? shipped,
        Action<OrganisationCase, string>? miss = null)
    {
        var sets = cases.GroupBy(c => SetOf(c.Document)).OrderBy(g => SetIndexOf(g.First().Document)).ToList();
        var figures = sets.Select(set =>
        {
            var scorer = OrganisationScorerTraining.Fit(cases.Where(c => SetOf(c.Document) != set.Key).ToList(), settings);
            if (miss is not null)
                foreach (var c in set.Where(c => !OrganisationScorerTraining.Right(c, scorer)))
                    miss(c, OrganisationScorerTraining.Scored(c) ? c.Outcome(scorer.Choose(c.Choice!.Candidates)) : c.Produced);
            // The confidence threshold judged as the weights are: the one fitted without the set, against none at all.
            var always = new OrganisationScorer(scorer.Weights, scorer.Bias, double.NegativeInfinity);
            return new SetFigure(set.Key, set.Count(c => OrganisationScorerTraining.Right(c, scorer)), set.Count(c => c.Produced == c.Label),
                shipped is null ? 0 : set.Count(c => OrganisationScorerTraining.Right(c, shipped)), set.Count())
            {
                EmptyGained = set.Count(c => c.Label.Length == 0 && OrganisationScorerTraining.Right(c, scorer) && !OrganisationScorerTraining.Right(c, always)),
                NamedLost = set.Count(c => c.Label.Length > 0 && !OrganisationScorerTraining.Right(c, scorer) && OrganisationScorerTraining.Right(c, always)),
            };
        }).ToList();
        return new Result(figures);
    }
}
