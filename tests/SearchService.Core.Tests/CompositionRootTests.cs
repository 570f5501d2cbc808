using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Ingestion;

namespace SearchService.Core.Tests;

/// <summary>AddSearchCore, the composition root the API and the CLI share: options bound from the documented keys and validated.</summary>
public sealed class CompositionRootTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-root-" + Guid.NewGuid().ToString("n"));

    public CompositionRootTests() => Directory.CreateDirectory(folder);

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = Path.Combine(folder, "index") })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSearchCore(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public void Ingestion_options_are_bound_so_a_configured_themes_file_is_used()
    {
        var themes = Path.Combine(folder, "themes.tsv");
        File.WriteAllLines(themes, ["测试主题\t书屋\t3"]);
        using var services = Services(("Ingestion:ThemesPath", themes), ("Ingestion:ThemeThreshold", "2"));
        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(2, services.GetRequiredService<IngestionOptions>().ThemeThreshold);
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        Assert.Equal(["测试主题"], pipeline.Themes);
        var report = Assert.Single(pipeline.IngestText("a.txt", "书屋建设\n\n示范区总工会建成职工书屋十家。").Reports);
        Assert.Contains("测试主题", report.Passages.Single().Themes);
    }

    [Theory]
    [InlineData("Search:CacheEntries", "-1")]
    [InlineData("Search:MostWordsFraction", "1.5")]
    [InlineData("Limits:MaxPageSize", "0")]
    [InlineData("Limits:MaxDepth", "50")]
    [InlineData("Index:Path", "")]
    [InlineData("Ingestion:ThemesPath", "/nonexistent/themes.tsv")]
    [InlineData("Ingestion:NearDuplicateResemblance", "2")]
    [InlineData("SmartCn:UserDictionaryPath", "/nonexistent/userdict.txt")]
    [InlineData("Search:SynonymsPath", "/nonexistent/synonyms.txt")]
    public void A_bad_value_stops_start_with_a_message_naming_its_key(string key, string value)
    {
        using var services = Services((key, value));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void Limits_reach_the_engine_the_same_values_the_endpoints_read()
    {
        using var services = Services(("Limits:MaxPageSize", "150"), ("Limits:DefaultPageSize", "20"));
        services.GetRequiredService<IStartupValidator>().Validate();
        var limits = services.GetRequiredService<LimitsOptions>();
        Assert.Same(limits, services.GetRequiredService<IOptions<LimitsOptions>>().Value);
        Assert.Equal((150, 20), (limits.MaxPageSize, limits.DefaultPageSize));
    }

    [Fact]
    public void A_read_only_index_searches_while_a_writer_holds_the_folder_and_writes()
    {
        using var writerSide = Services();
        var writer = writerSide.GetRequiredService<IndexService>();
        writer.Upsert([Reports.One("r-1", "职工技能培训")]);

        // What the CLI's search verb does: the same composition root with Index:ReadOnly.
        using var readerSide = Services(("Index:ReadOnly", "true"));
        var reader = readerSide.GetRequiredService<IndexService>();
        var engine = readerSide.GetRequiredService<SearchEngine>();
        Assert.True(reader.IsReadOnly);
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("技能")).Hits).Id);

        writer.Upsert([Reports.One("r-2", "职工技能比武")]);
        reader.Refresh();
        Assert.Equal(2, engine.Search(new SearchRequest("技能")).Total);

        // Without an explicit refresh the reader follows the writer's commits by itself (checked once a second).
        writer.Upsert([Reports.One("r-3", "职工技能竞赛")]);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (engine.Search(new SearchRequest("技能")).Total < 3 && DateTime.UtcNow < deadline) Thread.Sleep(100);
        Assert.Equal(3, engine.Search(new SearchRequest("技能")).Total);

        Assert.Throws<InvalidOperationException>(() => reader.Upsert([Reports.One("r-4", "不得写入")]));
        Assert.Throws<InvalidOperationException>(() => reader.Delete("r-1"));
    }

    [Fact]
    public void A_read_only_index_where_there_is_none_says_how_to_build_it()
    {
        using var services = Services(("Index:ReadOnly", "true"));
        var error = Assert.Throws<IndexUnavailableException>(() => services.GetRequiredService<IndexService>());
        Assert.Contains("searchsvc index", error.Message);
        Assert.False(Directory.Exists(Path.Combine(folder, "index")));
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

internal static class Reports
{
    public static Report One(string id, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], "测试区总工会", "浙江省/杭州市", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        return new Report(id, "标题" + id, null, "测试区总工会", "浙江省/杭州市", [], null, null, "a.txt", [new Section([], [passage])]);
    }
}
