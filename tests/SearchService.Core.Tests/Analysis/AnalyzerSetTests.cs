using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

public class AnalyzerSetTests
{
    [Fact]
    public void A_configured_user_dictionary_that_does_not_exist_stops_start_up_with_the_key_to_fix()
    {
        var error = Assert.Throws<FileNotFoundException>(() => AnalyzerSet.Create(new AnalysisOptions { UserDictionaryPath = "/nonexistent/userdict.txt" }));
        Assert.Contains("/nonexistent/userdict.txt", error.Message);
        Assert.Contains("SmartCn:UserDictionaryPath", error.Message);
    }

    [Fact]
    public void A_configured_user_dictionary_is_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "职工书屋\n");
            var dictionary = AnalyzerSet.UserDictionaryFromConfiguredFile(path);
            Assert.Equal(1000, dictionary.Words["职工书屋"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_a_configured_path_the_shipped_domain_words_are_used()
    {
        var dictionary = AnalyzerSet.UserDictionaryFromConfiguredFile(null);
        Assert.True(dictionary.Words.ContainsKey("产改"));
    }
}
