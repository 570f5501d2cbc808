using System.Globalization;

namespace SearchService.Ingestion.Tests;

/// <summary>The shared reader of the learnt-weights data files, on small files written for these tests.</summary>
public class NamedWeightsTests
{
    private static readonly string[] Required = ["short", "long"];
    private static readonly string[] Optional = ["bias"];

    private static IReadOnlyDictionary<string, double> Parse(params string[] lines) => NamedWeights.Parse(lines, "test weights", Required, Optional);

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_every_name_gets_its_number()
    {
        var weights = Parse("# fitted on a made-up split", "# by a made-up command", "", "short\t-1.5", "  ", "long\t2e-3", "bias\t0.25");
        Assert.Equal(-1.5, weights["short"]);
        Assert.Equal(0.002, weights["long"]);
        Assert.Equal(0.25, weights["bias"]);
        Assert.Equal(3, weights.Count);
    }

    [Fact]
    public void An_optional_name_may_be_left_out()
    {
        var weights = Parse("short\t1", "long\t2");
        Assert.False(weights.ContainsKey("bias"));
    }

    [Fact]
    public void A_name_given_twice_is_refused_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => Parse("# header", "short\t1", "long\t2", "short\t3"));
        Assert.Equal("test weights, line 4: short given twice", error.Message);
    }

    [Fact]
    public void An_unknown_name_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => Parse("short\t1", "long\t2", "medium\t3"));
        Assert.Equal("test weights: unknown features medium", error.Message);
    }

    [Fact]
    public void A_missing_required_name_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => Parse("bias\t1", "short\t2"));
        Assert.Equal("test weights: no weight for long", error.Message);
    }

    [Theory]
    [InlineData("long\tmany")]
    [InlineData("long")]
    [InlineData("long\t1\t2")]
    public void A_row_that_is_no_name_and_number_is_refused_with_its_line(string row)
    {
        var error = Assert.Throws<FormatException>(() => Parse("short\t1", "", row));
        Assert.Equal("test weights, line 3: expected 'feature<TAB>number'", error.Message);
    }

    [Fact]
    public void Numbers_are_read_in_the_invariant_culture_whatever_the_machines()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(0.5, Parse("short\t0.5", "long\t1")["short"]);
            Assert.Throws<FormatException>(() => Parse("short\t0,5", "long\t1"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
