using SearchService.Analysis;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Tests.Analysis;

public sealed class ScriptFoldTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-fold-" + Guid.NewGuid().ToString("n"));

    [Theory]
    [InlineData("總工會", "总工会")]
    [InlineData("勞模職工創新工作室", "劳模职工创新工作室")]
    [InlineData("頭髮與後來", "头发与后来")]
    [InlineData("乾坤", "乾坤")]          // 乾 is 干 or 乾 depending on the word: left alone
    [InlineData("劳模工匠", "劳模工匠")]
    public void Folds_character_for_character(string text, string folded)
    {
        Assert.Equal(folded, ScriptFold.Default.Fold(text));
        Assert.Equal(text.Length, ScriptFold.Default.Fold(text).Length);
    }

    [Theory]
    [InlineData("我們瞭解職工的需求", "我们了解职工的需求")]   // 瞭解 is 了解; 瞭 alone is not folded
    [InlineData("據瞭解", "据了解")]                       // the word is looked up as the characters fold it
    [InlineData("登上瞭望塔", "登上瞭望塔")]               // 瞭望 keeps 瞭
    [InlineData("反覆討論後答覆職工", "反复讨论后答复职工")]
    [InlineData("這台機器打坏了", "这台机器打坏了")]        // OpenCC's 打坏 → 打坯 is left out: simplified text writes 打坏
    [InlineData("损失巨万", "损失巨万")]                   // and 巨万, a simplified word of its own
    public void Folds_words_whose_simplified_form_is_not_their_characters_own(string text, string folded)
    {
        Assert.Equal(folded, ScriptFold.Default.Fold(text));
        Assert.Equal(text.Length, ScriptFold.Default.Fold(text).Length);
    }

    [Fact]
    public void The_longest_word_at_a_place_wins_and_a_kept_word_protects_its_characters()
    {
        var fold = new ScriptFold(["甲\t乙"], ["丙丁\t戊己", "丙丁庚\t丙丁庚", "乙丙\t辛辛"]);
        Assert.Equal("戊己辛", fold.Fold("丙丁辛"));
        Assert.Equal("丙丁庚", fold.Fold("丙丁庚"));
        Assert.Equal("辛辛丁", fold.Fold("甲丙丁"));      // the characters first, then the words in what they give
        Assert.Throws<FormatException>(() => new ScriptFold([], ["丙丁\t戊"]));
    }

    [Fact]
    public void A_word_far_into_a_long_text_is_folded_where_it_stands()
    {
        // Past any buffer the tokenizer reads in: the char filter folds the text whole.
        var text = string.Concat(Enumerable.Repeat("职工书屋开放。", 700)) + "大家瞭解工会";
        var tokens = Analyzers.Value.Bigrams.Tokens(IndexSchema.TextBigrams, text);
        var understood = Assert.Single(tokens, t => t.Term == "了解");
        Assert.Equal("瞭解", text[understood.Start..understood.End]);
    }

    [Fact]
    public void Simplified_text_is_returned_as_it_is() =>
        Assert.Same("职工书屋", ScriptFold.Default.Fold("职工书屋"));

    [Fact]
    public void The_seed_is_analysed_byte_for_byte_as_without_the_fold()
    {
        var seed = File.ReadAllText(Directory.EnumerateFiles(FindSeeds(), "*.txt").First());
        var unfolded = new AnalyzerSet(SmartCnDictionaries.Load(), UserDictionary.Load(Path.Combine(AppContext.BaseDirectory, "Analysis", "Data", "userdict.txt")), ScriptFold.None);
        foreach (var (name, field) in new[] { ("words", IndexSchema.Text), ("bigrams", IndexSchema.TextBigrams) })
        {
            var withFold = Analyzers.Value.PerField.Tokens(field, seed);
            var without = unfolded.PerField.Tokens(field, seed);
            Assert.True(withFold.SequenceEqual(without), $"{name}: tokens differ");
        }
    }

    [Fact]
    public void Traditional_tokens_keep_their_offsets_in_the_original_text()
    {
        const string text = "總工會建設職工書屋";
        var tokens = Analyzers.Value.Words.Tokens(IndexSchema.Text, text);
        Assert.Contains(tokens, t => t.Term == "总工会" && text[t.Start..t.End] == "總工會");
    }

    [Fact]
    public void A_query_in_one_script_finds_passages_in_the_other_and_marks_the_original()
    {
        using var service = new IndexService(new IndexOptions { Path = folder }, Analyzers.Value);
        service.ReplaceSources([OneReport("r-1", "区总工会表彰劳模工匠代表", "杭州市总工会"), OneReport("r-2", "廠區新建職工書屋一處", "臺北市總工會")],
            [new SourceFingerprint("a.txt", "hash")], []);
        var engine = SearchEngine.Create(service, Analyzers.Value, Synonyms.Empty, new SearchOptions());

        var traditionalQuery = engine.Search(new SearchRequest("勞模"));
        Assert.Equal("p-r-1", Assert.Single(traditionalQuery.Hits).Id);
        Assert.Contains("<mark>劳模</mark>", traditionalQuery.Hits[0].Highlights[0]);

        var simplifiedQuery = engine.Search(new SearchRequest("职工书屋"));
        var hit = Assert.Single(simplifiedQuery.Hits);
        Assert.Equal("p-r-2", hit.Id);
        Assert.Equal("廠區新建職工書屋一處", hit.Text);
        Assert.Contains("<mark>", hit.Highlights[0]);
        Assert.Contains("職工書屋", hit.Highlights[0].Replace("<mark>", "").Replace("</mark>", ""));

        // A bigram-only run, matched as a literal string, is marked in the traditional text too.
        Assert.Contains("<mark>", Assert.Single(engine.Search(new SearchRequest("新建职工")).Hits).Highlights[0]);

        // Filters in either script reach the simplified facet value.
        var filtered = engine.Search(new SearchRequest(null, new FacetSelection(new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Organisation] = ["杭州市總工會"] })));
        Assert.Equal("p-r-1", Assert.Single(filtered.Hits).Id);
        Assert.Equal("p-r-1", Assert.Single(engine.Search(new SearchRequest("organisation:杭州市總工會")).Hits).Id);
    }

    private static Report OneReport(string id, string text, string organisation)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], ScriptFold.Default.Fold(organisation), "浙江省/杭州市", [], [new Occurrence(id, "a.txt", 1, [], text)]);
        return new Report(id, "标题" + id, null, ScriptFold.Default.Fold(organisation), "浙江省/杭州市", [], null, null, "a.txt", [new Section([], [passage])]);
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds"))) return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("seeds");
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
