using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Tests.Search;

/// <summary>The shape of the Lucene queries: what each part may cost, and what counts as holding a word, is decided here.</summary>
public class LuceneQueryBuilderTests
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));

    private static PlannedQuery Build(string query, Synonyms? synonyms = null, MatchOperator op = MatchOperator.Auto, bool body = true, FunctionWords? functionWords = null) =>
        new LuceneQueryBuilder(Analyzers.Value, synonyms ?? Synonyms.Empty, functionWords ?? FunctionWords.Empty, new SearchOptions())
            .Build(UserQueryParser.Parse(query), op, new LuceneQueryBuilder.Context(FacetNameLookup.None, _ => [], body, FacetSelection.None));

    private static IEnumerable<LuceneQuery> All(LuceneQuery query) => query switch
    {
        BooleanQuery b => b.Clauses.SelectMany(c => All(c.Query)).Prepend(b),
        DisjunctionMaxQuery d => d.Disjuncts.SelectMany(All).Prepend(d),
        ConstantScoreQuery c when c.Query is not null => All(c.Query).Prepend(c),
        ConstantScoreQuery { Filter: VerbatimFilter v } c => All(v.Phrase).Prepend(c),
        _ => [query],
    };

    private static IEnumerable<PhraseQuery> Phrases(LuceneQuery query, string field) =>
        All(query).OfType<PhraseQuery>().Where(p => p.GetTerms()[0].Field == field);

    private static IEnumerable<string> Terms(LuceneQuery query, string field) =>
        All(query).OfType<TermQuery>().Where(t => t.Term.Field == field).Select(t => t.Term.Text)
            .Concat(All(query).OfType<PhraseQuery>().SelectMany(p => p.GetTerms()).Where(t => t.Field == field).Select(t => t.Text));

    [Fact]
    public void A_word_is_held_where_its_characters_stand_in_a_row_and_scored_as_the_word()
    {
        var complete = Build("劳模工匠创新工作室", op: MatchOperator.And).Complete;
        // Each word of the run, its characters in a row in the passage (劳模工匠 inside 劳模工匠创新工作室 whatever
        // the segmenter made of it), scored by the word in the body; never the report title.
        var phrases = Phrases(complete, IndexSchema.TextBigrams).Select(p => string.Join(",", p.GetTerms().Select(t => t.Text))).ToList();
        Assert.Contains("劳模,模工,工匠", phrases);
        Assert.Contains("劳模工匠", Terms(complete, IndexSchema.Body));
        Assert.Empty(Terms(complete, IndexSchema.Title));
        Assert.Empty(Terms(complete, IndexSchema.TitleBigrams));
    }

    [Fact]
    public void Proximity_is_left_to_rescoring_and_never_decides_what_matches()
    {
        var built = Build("和谐劳动关系");
        Assert.DoesNotContain(All(built.Complete).OfType<PhraseQuery>(), p => p.Slop > 0);
        var near = Assert.IsType<PhraseQuery>(built.Rescore);
        Assert.Equal(["和谐", "劳动", "关系"], near.GetTerms().Select(t => t.Text));
        Assert.True(near.Slop > 0);
        Assert.Null(Build("工资").Rescore);
    }

    [Fact]
    public void A_synonym_that_contains_the_typed_word_adds_no_clause()
    {
        // Every passage holding 总工会 or 工会组织 holds 工会 verbatim: they add nothing to find.
        var synonyms = Synonyms.Parse(["工会, 工会组织, 总工会", "产改, 产业工人队伍建设改革"]);
        var bigrams = Terms(Build("工会", synonyms, MatchOperator.And).Complete, IndexSchema.TextBigrams).ToList();
        Assert.Equal(["工会"], bigrams);
        Assert.Contains("工会组织", Build("工会", synonyms).HighlightStrings);
        Assert.Contains("人队", Terms(Build("产改", synonyms, MatchOperator.And).Complete, IndexSchema.TextBigrams));
    }

    [Fact]
    public void With_the_body_field_a_word_is_one_term_query_and_without_it_one_per_field()
    {
        string[] Fields(LuceneQuery query) => All(query).OfType<TermQuery>()
            .Where(t => t.Term.Text == "工资" && t.Term.Field is not (IndexSchema.TextBigrams or IndexSchema.TitleBigrams)).Select(t => t.Term.Field).Order().ToArray();
        Assert.Equal([IndexSchema.Body], Fields(Build("工资", op: MatchOperator.And).Complete));
        Assert.Equal(new[] { IndexSchema.Section, IndexSchema.Text, IndexSchema.Variants }.Order().ToArray(), Fields(Build("工资", op: MatchOperator.And, body: false).Complete));
    }

    [Fact]
    public void Title_matches_need_a_word_from_the_title_and_leave_complete_matches_to_the_tiers()
    {
        // One word: the title clause is the whole condition.
        var one = Build("劳模").Title!;
        Assert.Contains("劳模", Terms(one, IndexSchema.TitleBigrams));
        Assert.DoesNotContain(All(one).OfType<BooleanQuery>().SelectMany(b => b.Clauses), c => c.Occur == Occur.MUST_NOT);
        // More words: every word anywhere, some word from the title; never the complete query again.
        var two = Assert.IsType<BooleanQuery>(Build("劳模 工匠").Title);
        Assert.Equal(2, two.Clauses.Count(c => c.Occur == Occur.MUST));
        Assert.DoesNotContain(two.Clauses, c => c.Occur == Occur.MUST_NOT);
        Assert.Contains("劳模", Terms(two, IndexSchema.TitleBigrams));
    }

    [Fact]
    public void Function_words_neither_match_nor_are_marked_unless_quoted()
    {
        var words = FunctionWords.Parse(["的", "如何"]);
        var built = Build("如何提高技能的水平", functionWords: words, op: MatchOperator.And);
        Assert.DoesNotContain("如何", built.HighlightTerms);
        Assert.DoesNotContain("的", built.HighlightTerms);
        Assert.Equal(["提高", "技能", "水平"], built.Words.Select(w => w.Text));
        var quoted = Build("\"技能的水平\"", functionWords: words, op: MatchOperator.And);
        Assert.Contains("技能的水平", quoted.HighlightStrings);
    }

    [Fact]
    public void A_name_the_segmenter_splits_into_characters_is_one_verbatim_word()
    {
        var built = Build("中铁四局", op: MatchOperator.And);
        var word = Assert.Single(built.Words);
        Assert.True(word.Verbatim);
        Assert.DoesNotContain(All(built.Complete).OfType<TermQuery>(), t => t.Term.Field == IndexSchema.Body && t.Term.Text.Length == 1);
        Assert.Empty(built.HighlightTerms);
    }
}
