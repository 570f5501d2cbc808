using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Sources;

public class IngestionOptionsValidatorTests
{
    [Fact]
    public void A_configured_data_file_that_does_not_exist_is_refused_at_start_up()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-weights-{Guid.NewGuid():N}.tsv");
        var result = new IngestionOptionsValidator().Validate(null, new IngestionOptions { OrganisationScorerPath = missing });
        Assert.True(result.Failed);
        Assert.Contains("Ingestion:OrganisationScorerPath", result.FailureMessage);
    }

    [Fact]
    public void A_scorer_file_that_is_not_weights_for_todays_features_is_refused_at_start_up()
    {
        var stale = Path.Combine(Path.GetTempPath(), $"stale-weights-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(stale, ["# weights of a feature set since changed", "bias\t0", "threshold\t0", "NoSuchFeature\t1"]);
        try
        {
            var result = new IngestionOptionsValidator().Validate(null, new IngestionOptions { OrganisationScorerPath = stale });
            Assert.True(result.Failed);
            Assert.Contains("Ingestion:OrganisationScorerPath", result.FailureMessage);
            Assert.Contains("NoSuchFeature", result.FailureMessage);
        }
        finally
        {
            File.Delete(stale);
        }
    }

    [Fact]
    public void Unset_data_files_are_the_shipped_ones()
    {
        Assert.True(new IngestionOptionsValidator().Validate(null, new IngestionOptions()).Succeeded);
    }
}
