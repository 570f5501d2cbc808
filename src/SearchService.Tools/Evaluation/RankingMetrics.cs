namespace SearchService.Tools.Evaluation;

/// <summary>Standard ranking metrics over graded relevance (exponential gain 2^g − 1, log2 discount).</summary>
public static class RankingMetrics
{
    /// <param name="ranked">Grades of the returned passages, best first.</param>
    /// <param name="allGrades">Grades of every passage in the corpus that has one (for the ideal ranking).</param>
    public static double NdcgAt(int k, IReadOnlyList<int> ranked, IReadOnlyList<int> allGrades)
    {
        var ideal = Dcg(allGrades.Where(g => g > 0).OrderByDescending(g => g).Take(k).ToList());
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).ToList()) / ideal;
    }

    public static double ReciprocalRank(IReadOnlyList<int> ranked)
    {
        for (var i = 0; i < ranked.Count; i++)
            if (ranked[i] > 0) return 1.0 / (i + 1);
        return 0;
    }

    public static double RecallAt(int k, IReadOnlyList<int> ranked, IReadOnlyList<int> allGrades)
    {
        var relevant = allGrades.Count(g => g > 0);
        return relevant == 0 ? 0 : (double)ranked.Take(k).Count(g => g > 0) / relevant;
    }

    private static double Dcg(IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < grades.Count; i++) sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        return sum;
    }
}
