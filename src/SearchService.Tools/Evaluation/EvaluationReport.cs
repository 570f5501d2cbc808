namespace SearchService.Tools.Evaluation;

/// <summary>One configuration's scores: per query and the means over the queries that have an answer.</summary>
public sealed record EvaluationReport(string Configuration, IReadOnlyList<QueryScore> Queries)
{
    private IEnumerable<QueryScore> Answerable => Queries.Where(q => q.Relevant > 0);

    public double MeanNdcg => Answerable.Select(q => q.Ndcg).DefaultIfEmpty(0).Average();

    public double MeanReciprocalRank => Answerable.Select(q => q.ReciprocalRank).DefaultIfEmpty(0).Average();

    public double MeanRecall => Answerable.Select(q => q.Recall).DefaultIfEmpty(0).Average();
}

/// <summary>Scores of one query; for a query without a good answer only <see cref="Returned"/> means anything.</summary>
public sealed record QueryScore(string Query, double Ndcg, double ReciprocalRank, double Recall, int Relevant, int Returned, string? Error = null);
