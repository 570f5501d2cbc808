using System.Text.Json;

namespace SearchService.Analysis.Tests;

/// <summary>The real Java analyzer's output on the seed (its goldens are committed in Fixtures/), token for token.</summary>
public class GoldenTests
{
    [Theory]
    [InlineData("seed.smartcn.jsonl", true, 8970)]
    [InlineData("seed.smartcn-nostop.jsonl", false, 10860)]
    public void Seed_matches_the_java_analyzer_exactly(string golden, bool stopWords, int expectedTokens)
    {
        var analyzer = stopWords ? Shared.Analyzer : Shared.NoStop;
        var lines = ReadLines(File.ReadAllText(Shared.Fixture("seed.txt")));
        var compared = 0;
        foreach (var json in File.ReadLines(Shared.Fixture(golden)))
        {
            using var doc = JsonDocument.Parse(json);
            var number = doc.RootElement.GetProperty("line").GetInt32();
            var expected = doc.RootElement.GetProperty("tokens").EnumerateArray()
                .Select(t => $"{t[0].GetString()}[{t[1].GetInt32()},{t[2].GetInt32()})").ToList();
            var actual = Shared.Tokens(analyzer, lines[number - 1]).Select(t => $"{t.Term}[{t.Start},{t.End})").ToList();
            Assert.True(expected.SequenceEqual(actual), $"line {number}:\nexpected {string.Join(" ", expected)}\nactual   {string.Join(" ", actual)}");
            compared += expected.Count;
        }
        Assert.Equal(expectedTokens, compared);
    }

    /// <summary>Lines split like BufferedReader.readLine: \n, \r, \r\n.</summary>
    private static List<string> ReadLines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
