using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Tests.Search;

/// <summary>The shape of the Lucene queries: what each part may cost is decided here.</summary>
public class LuceneQueryBuilderTests
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));

    private static BuiltQuery Build(string query, Synonyms? synonyms = null, MatchOperator op = MatchOperator.Auto, bool combined = false) =>
        new LuceneQueryBuilder(Analyzers.Value, synonyms ?? Synonyms.Empty, new SearchOptions())
            .Build(UserQueryParser.Parse(query), op, _ => [], combined);

    private static IEnumerable<LuceneQuery> All(LuceneQuery query) => query switch
    {
        BooleanQuery b => b.Clauses.SelectMany(c => All(c.Query)).Prepend(b),
        DisjunctionMaxQuery d => d.Disjuncts.SelectMany(All).Prepend(d),
        _ => [query],
    };

    private static IEnumerable<PhraseQuery> Phrases(LuceneQuery query, string field) =>
        All(query).OfType<PhraseQuery>().Where(p => p.GetTerms()[0].Field == field);

    [Fact]
    public void A_plain_run_reaches_the_bigram_field_as_a_conjunction_and_a_quoted_one_as_a_phrase()
    {
        var plain = Build("党建引领", op: MatchOperator.And).Primary;
        Assert.Empty(Phrases(plain, IndexSchema.TextBigrams));
        var bigrams = All(plain).OfType<TermQuery>().Where(t => t.Term.Field == IndexSchema.TextBigrams).Select(t => t.Term.Text).ToHashSet();
        Assert.Equal(new HashSet<string> { "党建", "建引", "引领" }, bigrams);

        var quoted = Build("\"党建引领\"").Primary;
        Assert.Single(Phrases(quoted, IndexSchema.TextBigrams));
    }

    [Fact]
    public void Proximity_is_left_to_rescoring_and_never_decides_what_matches()
    {
        var built = Build("和谐劳动关系");
        Assert.DoesNotContain(All(built.Primary).OfType<PhraseQuery>(), p => p.Slop > 0);
        var near = Assert.IsType<PhraseQuery>(built.Rescore);
        Assert.Equal(["和谐", "劳动", "关系"], near.GetTerms().Select(t => t.Text));
        Assert.True(near.Slop > 0);
        Assert.Null(Build("工资").Rescore);
    }

    [Fact]
    public void A_synonym_that_contains_the_typed_word_adds_no_clause_and_a_one_word_synonym_is_that_word()
    {
        var synonyms = Synonyms.Parse(["工会, 工会组织, 总工会", "产改, 产业工人队伍建设改革"]);
        var query = Build("工会", synonyms, MatchOperator.And).Primary;
        var terms = All(query).OfType<TermQuery>().Select(t => (t.Term.Field, t.Term.Text)).ToList();
        Assert.Contains((IndexSchema.Text, "总工会"), terms);
        Assert.DoesNotContain(terms, t => t.Text is "总工" or "会组" or "组织");
        Assert.Contains("工会组织", Build("工会", synonyms).HighlightStrings);

        var several = All(Build("产改", synonyms, MatchOperator.And).Primary).OfType<TermQuery>()
            .Where(t => t.Term.Field == IndexSchema.TextBigrams).Select(t => t.Term.Text).ToHashSet();
        Assert.Contains("人队", several); // 产业工人队伍建设改革 is several words: found through its bigrams
    }

    [Fact]
    public void With_the_combined_field_a_word_is_one_term_query_and_without_it_one_per_field()
    {
        string[] Fields(LuceneQuery query) => All(query).OfType<TermQuery>()
            .Where(t => t.Term.Text == "工资" && t.Term.Field is not (IndexSchema.TextBigrams or IndexSchema.TitleBigrams)).Select(t => t.Term.Field).Order().ToArray();
        Assert.Equal([IndexSchema.Words], Fields(Build("工资", op: MatchOperator.And, combined: true).Primary));
        Assert.Equal(new[] { IndexSchema.Title, IndexSchema.Section, IndexSchema.Text, IndexSchema.Variants }.Order().ToArray(), Fields(Build("工资", op: MatchOperator.And).Primary));
    }
}
