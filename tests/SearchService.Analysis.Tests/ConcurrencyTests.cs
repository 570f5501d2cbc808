namespace SearchService.Analysis.Tests;

/// <summary>One analyzer shared by many threads (Lucene.Net gives each thread its own tokenizer) and one set of dictionaries.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Threads_sharing_an_analyzer_get_the_sequential_tokens()
    {
        var lines = File.ReadAllLines(Shared.Fixture("seed.txt")).Where(l => l.Length > 0).ToArray();
        var expected = lines.Select(l => Shared.Format(Shared.Tokens(Shared.Analyzer, l))).ToArray();
        var results = new string[4][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            // Each worker walks the lines from a different starting point so the threads interleave differently.
            var mine = new string[lines.Length];
            for (var k = 0; k < lines.Length; k++)
            {
                var i = (k + worker * 17) % lines.Length;
                mine[i] = Shared.Format(Shared.Tokens(Shared.Analyzer, lines[i]));
            }
            results[worker] = mine;
        });
        foreach (var result in results) Assert.Equal(expected, result);
    }
}
