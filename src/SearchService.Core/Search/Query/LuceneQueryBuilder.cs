using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// Turns a parsed query into the Lucene queries of its kinds of match (<see cref="PlannedQuery"/>). Each run of text
/// becomes its words (<see cref="WordFinder"/>); a passage holds a word itself when the word's characters stand in a
/// row in its text, heading or a duplicate's wording (the CJK bigram field, so 劳模 is found inside 劳模工匠 whatever
/// the segmenter made of it), when it holds a synonym of the word the same way, or when the word names a facet value
/// the passage has. The SmartCn word adds to the score where it stands as a word. The title is one more place a word
/// may stand for a title match; the words' parts and most-of-the-words make the related matches.
/// </summary>
public sealed class LuceneQueryBuilder(AnalyzerSet analyzers, Synonyms synonyms, FunctionWords functionWords, SearchOptions tuning)
{
    private readonly WordFinder finder = new(analyzers, synonyms, functionWords);

    /// <summary>Everything a query is built against that depends on the index searched and the request.</summary>
    /// <param name="Names">The facet values a word names in this index.</param>
    /// <param name="ResolveRegion">What a person wrote after <c>region:</c> → indexed region paths.</param>
    /// <param name="HasBody">Every segment has the <see cref="IndexSchema.Body"/> field (else fields one by one).</param>
    /// <param name="Selection">The request's facet selection, which the query's top-level filters join.</param>
    /// <param name="Frequent">Where the documents of frequent words are kept per segment; null to check every word every time.</param>
    /// <param name="Maxima">Where frequent words' highest scores per block are kept per segment; null to score every match.</param>
    public sealed record Context(FacetNameLookup Names, Func<string, IReadOnlyList<string>> ResolveRegion, bool HasBody, FacetSelection Selection,
        FrequentWordSets? Frequent = null, BlockMaxima? Maxima = null);

    public PlannedQuery Build(QueryNode node, MatchOperator op, Context context)
    {
        var state = new State(context);
        var (children, selection) = MoveFilters(node, context.Selection);
        if (children.Count == 0)
            return new PlannedQuery(new MatchAllDocsQuery(), null, RelatedQueries.None, state.Terms, state.Strings, state.Words, selection);

        var required = new List<Part>();
        var excluded = new List<LuceneQuery>();
        foreach (var child in children)
        {
            if (child is NotNode not)
            {
                if (BuildPart(not.Inner, state) is { } inner) excluded.Add(inner.Own);
            }
            else if (BuildPart(child, state) is { } part) required.Add(part);
        }
        if (required.Count == 0)
            return new PlannedQuery(Combine([new MatchAllDocsQuery()], excluded), null, RelatedQueries.None, state.Terms, state.Strings, state.Words, selection);

        var any = op == MatchOperator.Or;
        var complete = any ? Combine([Or(required.Select(r => r.Own))], excluded) : Combine(required.Select(r => r.Own).ToList(), excluded);
        var allAnywhere = any ? Combine([Or(required.Select(r => r.Any))], excluded) : Combine(required.Select(r => r.Any).ToList(), excluded);
        var titles = required.SelectMany(r => r.Titles).ToList();
        LuceneQuery? title = null;
        LuceneQuery? titleWords = null;
        if (titles.Count > 0)
        {
            titleWords = Or(titles);
            // Some word must come from the title (true of every such passage): the title clause is short and leads
            // the conjunction, so the passages of reports whose titles lack the words are never visited. With one word
            // the title clause is the whole condition. The complete matches are left out by the tiers, which already
            // know them, rather than by evaluating the complete query again here.
            title = state.Words.Count == 1 && required.Count == 1 && excluded.Count == 0
                ? Or(titles)
                : new BooleanQuery { { allAnywhere, Occur.MUST }, { Or(titles), Occur.MUST } };
        }
        // Most searches fill their page with complete and title matches and never look for related ones: those are
        // built when first asked for, from what this build leaves as it is (the runs' words as read, the queries).
        var related = op == MatchOperator.Auto && tuning.RelatedMatches
            ? new Lazy<RelatedQueries>(() =>
            {
                var strings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var (most, any) = TooManyWords.Guard(() => BuildRelated(children, state, allAnywhere, excluded, strings));
                return new RelatedQueries(most, any, strings);
            })
            : RelatedQueries.None;
        return new PlannedQuery(complete, title, related, state.Terms, state.Strings, state.Words, selection)
        {
            Rescore = Rescoring(state.Proximity),
            TitleCount = title is null ? null : MatchOnly.Of(title, context.Frequent),
            // Only asked whether anything matches: the verbatim checks answer that without phrase weights (term
            // statistics of every title bigram) or phrase scorers.
            TitleWords = titleWords is null ? null : MatchOnly.Of(titleWords, context.Frequent),
        };
    }

    /// <summary>
    /// The top level's words and filters. A positive filter of a dimension the request does not filter moves into the
    /// selection (drill-sideways counts, shown as selected); one of a filtered dimension stays a query clause, since
    /// both must hold.
    /// </summary>
    private static (List<QueryNode> Children, FacetSelection Selection) MoveFilters(QueryNode node, FacetSelection selection)
    {
        var children = node switch
        {
            MatchAllNode => [],
            AndNode and => and.Children.ToList(),
            _ => [node],
        };
        var moved = new Dictionary<string, List<string>>();
        var rest = new List<QueryNode>();
        foreach (var child in children)
        {
            if (child is FieldNode field && selection.For(field.Field).Count == 0)
            {
                if (!moved.TryGetValue(field.Field, out var values)) moved[field.Field] = values = [];
                values.Add(field.Value);
            }
            else rest.Add(child);
        }
        // Two inline filters on one dimension are both required: only a dimension filtered once can move.
        foreach (var (dimension, values) in moved.Where(kv => kv.Value.Count > 1).ToList())
        {
            rest.AddRange(values.Select(v => new FieldNode(dimension, v)));
            moved.Remove(dimension);
        }
        foreach (var (dimension, values) in moved) selection = selection.With(dimension, values);
        return (rest, selection);
    }

    /// <summary>
    /// Most of the words: each plain word of the top level (a domain word that found nothing as a whole counts as its
    /// parts: 职工书屋 → 职工, 书屋), a fraction of which must match anywhere, the rest of the query still required,
    /// without the passages that hold every word anywhere (complete and title matches); and, when most is more than
    /// one word, the same with any one of them, for the page that most of them did not fill.
    /// </summary>
    private (LuceneQuery? Most, LuceneQuery? Any) BuildRelated(List<QueryNode> children, State state, LuceneQuery allAnywhere, List<LuceneQuery> excluded, HashSet<string> strings)
    {
        var optional = new List<QueryWord>();
        var required = new List<LuceneQuery>();
        foreach (var child in children)
        {
            switch (child)
            {
                case TermNode term:
                    foreach (var word in state.Find(finder, term.Text))
                    {
                        var parts = Parts(word);
                        optional.AddRange(parts.Count >= 2 ? parts : [word]);
                    }
                    break;
                case NotNode:
                    break;
                default:
                    if (BuildPart(child, state.Quiet()) is { } part) required.Add(part.Any);
                    break;
            }
        }
        // Single characters (会, 新) match almost everything; they count only when nothing longer is left.
        if (optional.Any(w => w.Text.Length >= 2)) optional = optional.Where(w => w.Text.Length >= 2).ToList();
        optional = optional.DistinctBy(w => w.Text).ToList();
        if (optional.Count < 2) return (null, null);
        foreach (var word in optional)
        {
            strings.Add(word.Text);
            foreach (var synonym in word.Synonyms) strings.Add(synonym);
        }
        var mostQuery = WordsQuery(optional, Math.Max(1, (int)Math.Ceiling(optional.Count * tuning.MostWordsFraction)), state.Context, required, excluded, allAnywhere);
        // When most of the words is more than one of them, passages with fewer come after, as long as the page needs them.
        var anyQuery = optional.Count * tuning.MostWordsFraction > 1 ? WordsQuery(optional, 1, state.Context, required, excluded, allAnywhere) : null;
        return (mostQuery, anyQuery);
    }

    private LuceneQuery WordsQuery(List<QueryWord> words, int minimum, Context context, List<LuceneQuery> required, List<LuceneQuery> excluded, LuceneQuery allAnywhere)
    {
        var some = new BooleanQuery();
        foreach (var word in words) some.Add(AnyPlace(word, context), Occur.SHOULD);
        some.MinimumNumberShouldMatch = minimum;
        var query = new BooleanQuery { { some, Occur.MUST } };
        foreach (var r in required) query.Add(r, Occur.MUST);
        foreach (var e in excluded) query.Add(e, Occur.MUST_NOT);
        query.Add(allAnywhere, Occur.MUST_NOT);
        return query;
    }

    /// <summary>A domain word's parts by the segmenter without the user dictionary (劳动竞赛 → 劳动, 竞赛), when each has two characters or more.</summary>
    private IReadOnlyList<QueryWord> Parts(QueryWord word)
    {
        if (word.Segments() is { Count: > 1 } segments) return segments.Select(s => s with { Synonyms = synonyms.For(s.Text) }).ToList();
        var parts = analyzers.PlainWords.Tokens(IndexSchema.Text, word.Text);
        if (parts.Count < 2 || parts.Any(p => p.Term.Length < 2)) return [];
        return parts.Select(p => new QueryWord(p.Term, [p with { Position = 0 }], synonyms.For(p.Term), [])).ToList();
    }

    /// <summary>What a node requires: <see cref="Part.Own"/> held by the passage itself, <see cref="Part.Any"/> also through its report's title.</summary>
    private sealed record Part(LuceneQuery Own, LuceneQuery Any, IReadOnlyList<LuceneQuery> Titles);

    private Part? BuildPart(QueryNode node, State state)
    {
        switch (node)
        {
            case TermNode term:
                return Run(term.Text, state);
            case PhraseNode phrase:
                return Phrase(phrase.Text, state);
            case FieldNode field:
                var filter = Filter(field, state.Context);
                return new Part(filter, filter, []);
            case NotNode not:
                return BuildPart(not.Inner, state.Quiet()) is { } inner ? new Part(Combine([new MatchAllDocsQuery()], [inner.Own]), Combine([new MatchAllDocsQuery()], [inner.Own]), []) : null;
            case AndNode and:
            {
                var parts = and.Children.Where(c => c is not NotNode).Select(c => BuildPart(c, state)).OfType<Part>().ToList();
                var excluded = and.Children.OfType<NotNode>().Select(n => BuildPart(n.Inner, state.Quiet())).OfType<Part>().Select(p => p.Own).ToList();
                if (parts.Count == 0 && excluded.Count == 0) return null;
                if (parts.Count == 0) parts.Add(new Part(new MatchAllDocsQuery(), new MatchAllDocsQuery(), []));
                return new Part(Combine(parts.Select(p => p.Own).ToList(), excluded), Combine(parts.Select(p => p.Any).ToList(), excluded), parts.SelectMany(p => p.Titles).ToList());
            }
            case OrNode or:
            {
                var parts = or.Children.Select(c => BuildPart(c, state)).OfType<Part>().ToList();
                if (parts.Count == 0) return null;
                return new Part(Or(parts.Select(p => p.Own)), Or(parts.Select(p => p.Any)), parts.SelectMany(p => p.Titles).ToList());
            }
            default:
                return new Part(new MatchAllDocsQuery(), new MatchAllDocsQuery(), []);
        }
    }

    /// <summary>A run of text: every one of its words, each held by the passage itself or (for a title match) by its report's title.</summary>
    private Part? Run(string text, State state)
    {
        var words = state.Find(finder, text);
        if (words.Count == 0) return null;
        state.AddString(text);
        var own = new List<LuceneQuery>();
        var any = new List<LuceneQuery>();
        var titles = new List<LuceneQuery>();
        foreach (var word in words)
        {
            state.Add(word);
            var ownPlace = OwnPlace(word, state.Context);
            own.Add(ownPlace);
            if (TitlePlace(word) is { } title)
            {
                titles.Add(title);
                any.Add(new AlternativesQuery([ownPlace, title], 0.1f));
            }
            else any.Add(ownPlace);
        }
        var single = words.Where(w => !w.Verbatim).ToList();
        if (single.Count > 1 && tuning.ProximityBoost > 0)
        {
            var near = new PhraseQuery { Slop = tuning.ProximitySlop, Boost = tuning.ProximityBoost };
            foreach (var word in single) near.Add(new Term(IndexSchema.Text, word.Tokens[0].Term), word.Tokens[0].Position);
            state.Proximity.Add(near);
        }
        return new Part(WholeRunFirst(And(own), words, text, state.Context), And(any), titles);
    }

    /// <summary>
    /// A run whose words leave some of its characters out (我是工人 means 工人): a complete match holding the run as typed
    /// is what the person copied, and comes first. The words alone still decide what matches.
    /// </summary>
    private LuceneQuery WholeRunFirst(LuceneQuery own, IReadOnlyList<QueryWord> words, string text, Context context)
    {
        if (tuning.WholeRunBoost <= 0 || words.Sum(w => w.Text.Count(IsCjk)) >= text.Count(IsCjk)) return own;
        if (Verbatim(text, IndexSchema.TextBigrams) is not { } whole) return own;
        return new BooleanQuery
        {
            { own, Occur.MUST },
            { new ConstantScoreQuery(new VerbatimFilter(whole, null, context.Frequent)) { Boost = tuning.WholeRunBoost }, Occur.SHOULD },
        };
    }

    /// <summary>
    /// Where a passage holds a word itself: its characters in a row in the text, heading or a duplicate's wording
    /// (scored with the SmartCn word where it stands as one), a synonym held the same way, or a facet value it names.
    /// </summary>
    private LuceneQuery OwnPlace(QueryWord word, Context context)
    {
        var segments = word.Segments();
        var alternatives = new List<LuceneQuery> { segments.Count == 1 ? TextPlace(word.Text, word.Tokens, context) : And(segments.Select(s => TextPlace(s.Text, s.Tokens, context)).ToList()) };
        foreach (var synonym in word.Synonyms)
        {
            if (ContainsWord(synonym, word)) continue;
            var tokens = Words(synonym);
            if (tokens.Count == 0) continue;
            var place = TextPlace(synonym, tokens, context);
            place.Boost *= tuning.SynonymBoost;
            alternatives.Add(place);
        }
        foreach (var name in word.Names)
            alternatives.Add(new ConstantScoreQuery(new TermQuery(new Term(name.Dimension, name.Value))) { Boost = tuning.NameBoost });
        return alternatives.Count == 1 ? alternatives[0] : new AlternativesQuery(alternatives, 0.1f);
    }

    /// <summary>
    /// A synonym that holds the typed word (工会组织 for 工会) finds nothing the word does not: every passage holding
    /// it holds the word.
    /// </summary>
    private static bool ContainsWord(string synonym, QueryWord word) => synonym.Contains(word.Text, StringComparison.OrdinalIgnoreCase);

    /// <summary>A string in the passage's text, heading or variants.</summary>
    private LuceneQuery TextPlace(string text, IReadOnlyList<AnalyzedToken> tokens, Context context)
    {
        var verbatim = Verbatim(text, IndexSchema.TextBigrams);
        if (tokens.Count == 1)
        {
            var word = WordInBody(tokens[0].Term, context);
            if (verbatim is null) return word;
            if (IsCjk(tokens[0].Term) && tokens[0].Term.Length >= 2)
            {
                // The bigrams of a Chinese word stand wherever the word does: they decide the match (a constant
                // score, so bigram statistics do not reorder what the word's own statistics rank), the word scores.
                var inRow = new VerbatimFilter(verbatim, context.HasBody && SpelledBy(verbatim, tokens[0].Term) ? new Term(IndexSchema.Body, tokens[0].Term) : null,
                    context.Frequent);
                var scored = context.Maxima is { } maxima && word is TermQuery { Term: var term } ? new BoundedTermQuery(term, maxima) : word;
                return new WordQuery(new ConstantScoreQuery(inRow) { Boost = tuning.BigramBoost }, scored);
            }
            return new AlternativesQuery([word, verbatim], 0.1f);
        }
        // One bigram is the term Lucene rewrites the phrase to; as that term it can bound its score per block.
        if (verbatim is { } one && one.GetTerms() is [var bigram] && context.Maxima is { } bigramMaxima) return new BoundedTermQuery(bigram, bigramMaxima) { Boost = one.Boost };
        if (verbatim is not null) return verbatim;
        // No bigrams to match (the net is off): every word of it.
        return And(tokens.Select(t => WordInBody(t.Term, context)).ToList());
    }

    /// <summary>
    /// Whether the bigrams, one after the other, spell exactly the word, of unified ideographs only: then a passage
    /// holding the word in the word field holds the bigrams in a row, both fields being analysed from the same texts.
    /// </summary>
    private static bool SpelledBy(PhraseQuery bigrams, string word)
    {
        var terms = bigrams.GetTerms();
        var positions = bigrams.GetPositions();
        if (word.Length != terms.Length + 1) return false;
        for (var i = 0; i < terms.Length; i++)
            if (positions[i] != positions[0] + i || terms[i].Text != word.Substring(i, 2)) return false;
        foreach (var c in word)
            if (c is < '\u3400' or > '\u9FFF') return false;
        return true;
    }

    /// <summary>
    /// A word in the report's title or its credit lines (a reporter's or editor's name, a source: what a person copies
    /// from a byline to find the page again); null when it has nothing to look for there.
    /// </summary>
    private LuceneQuery? TitlePlace(QueryWord word)
    {
        var places = new[] { ReportPlace(word, IndexSchema.TitleBigrams, IndexSchema.Title), ReportPlace(word, IndexSchema.CreditBigrams, IndexSchema.Credits) }
            .OfType<LuceneQuery>().ToList();
        if (places.Count == 0) return null;
        var title = places.Count == 1 ? places[0] : new AlternativesQuery(places, 0.1f);
        title.Boost *= tuning.TitleBoost;
        return title;
    }

    /// <summary>A word in one of the report's own fields (its title, its credits): bigrams in a row, or the one SmartCn word.</summary>
    private LuceneQuery? ReportPlace(QueryWord word, string bigramField, string wordField)
    {
        var alternatives = new List<LuceneQuery>();
        var segments = word.Segments().Select(s => (LuceneQuery?)Verbatim(s.Text, bigramField)
            ?? (s.Tokens.Count == 1 ? new TermQuery(new Term(wordField, s.Tokens[0].Term)) : null)).ToList();
        if (segments.All(q => q is not null)) alternatives.Add(And(segments.Cast<LuceneQuery>().ToList()));
        foreach (var synonym in word.Synonyms)
        {
            if (ContainsWord(synonym, word)) continue;
            if (Verbatim(synonym, bigramField) is { } form)
            {
                form.Boost = tuning.SynonymBoost;
                alternatives.Add(form);
            }
        }
        if (alternatives.Count == 0) return null;
        return alternatives.Count == 1 ? alternatives[0] : new AlternativesQuery(alternatives, 0.1f);
    }

    /// <summary>A word anywhere: in the passage itself or in its report's title.</summary>
    private LuceneQuery AnyPlace(QueryWord word, Context context)
    {
        var own = OwnPlace(word, context);
        return TitlePlace(word) is { } title ? new AlternativesQuery([own, title], 0.1f) : own;
    }

    private LuceneQuery WordInBody(string term, Context context)
    {
        if (context.HasBody) return new TermQuery(new Term(IndexSchema.Body, term));
        // An index written before the body field: the word in each of the fields it combines.
        return new AlternativesQuery(
            [new TermQuery(new Term(IndexSchema.Text, term)), new TermQuery(new Term(IndexSchema.Section, term)) { Boost = tuning.SectionBoost },
             new TermQuery(new Term(IndexSchema.Variants, term)) { Boost = tuning.VariantBoost }], 0.1f);
    }

    /// <summary><c>"…"</c>: the words adjacent and in order, in the text or heading (or, for a title match, the title or credits); function words count.</summary>
    private Part? Phrase(string text, State state)
    {
        var tokens = Words(text);
        var own = new List<LuceneQuery>();
        if (Verbatim(text, IndexSchema.TextBigrams) is { } verbatim) own.Add(verbatim);
        if (tokens.Count > 0)
        {
            own.Add(WordPhrase(IndexSchema.Text, tokens, 1f));
            own.Add(WordPhrase(IndexSchema.Section, tokens, tuning.SectionBoost));
        }
        if (own.Count == 0) return null;
        state.AddString(text);
        var title = new List<LuceneQuery>();
        if (Verbatim(text, IndexSchema.TitleBigrams) is { } inTitle) title.Add(inTitle);
        if (tokens.Count > 0) title.Add(WordPhrase(IndexSchema.Title, tokens, 1f));
        if (Verbatim(text, IndexSchema.CreditBigrams) is { } inCredits) title.Add(inCredits);
        if (tokens.Count > 0) title.Add(WordPhrase(IndexSchema.Credits, tokens, 1f));
        var ownQuery = new AlternativesQuery(own, 0.1f);
        var titleQuery = new AlternativesQuery(title, 0.1f) { Boost = tuning.TitleBoost };
        return new Part(ownQuery, new AlternativesQuery([ownQuery, titleQuery], 0.1f), [titleQuery]);
    }

    /// <summary>The characters of a string in a row, through a bigram field; null without bigrams (a single character, or the net off).</summary>
    private PhraseQuery? Verbatim(string text, string field)
    {
        if (!tuning.UseBigrams) return null;
        var bigrams = analyzers.Bigrams.Tokens(IndexSchema.TextBigrams, text);
        // A lone CJK character is emitted as itself, which the index (bigrams only, between CJK characters) lacks.
        if (bigrams.Count == 0 || (bigrams.Count == 1 && bigrams[0].Term.Length == 1 && IsCjk(bigrams[0].Term))) return null;
        var phrase = new PhraseQuery();
        foreach (var b in bigrams) phrase.Add(new Term(field, b.Term), b.Position);
        return phrase;
    }

    private LuceneQuery Filter(FieldNode field, Context context)
    {
        var value = FilterValues.Normalize(field.Field, field.Value);
        if (field.Field == IndexSchema.Region)
        {
            var paths = context.ResolveRegion(value);
            if (paths.Count == 0) return ConstantScore(new TermQuery(new Term(IndexSchema.Region, value)));
            return ConstantScore(Or(paths.Select(p => new TermQuery(new Term(IndexSchema.Region, p)))));
        }
        if (field.Field == IndexSchema.Organisation)
            return ConstantScore(Or(QueryPlanner.Organisations(context.Names, value).Select(o => new TermQuery(new Term(IndexSchema.Organisation, o)))));
        return ConstantScore(new TermQuery(new Term(field.Field, value)));
    }

    private static LuceneQuery ConstantScore(LuceneQuery query) => new ConstantScoreQuery(query) { Boost = 0f };

    private static LuceneQuery WordPhrase(string field, IReadOnlyList<AnalyzedToken> tokens, float boost)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var t in tokens) phrase.Add(new Term(field, t.Term), t.Position);
        return phrase;
    }

    private static LuceneQuery? Rescoring(List<LuceneQuery> proximity)
    {
        if (proximity.Count == 0) return null;
        if (proximity.Count == 1) return proximity[0];
        var any = new BooleanQuery();
        foreach (var near in proximity) any.Add(near, Occur.SHOULD);
        return any;
    }

    private static LuceneQuery And(List<LuceneQuery> queries)
    {
        if (queries.Count == 1) return queries[0];
        var and = new BooleanQuery();
        foreach (var q in queries) and.Add(q, Occur.MUST);
        return and;
    }

    private static LuceneQuery Or(IEnumerable<LuceneQuery> queries)
    {
        var list = queries.ToList();
        if (list.Count == 1) return list[0];
        var or = new BooleanQuery();
        foreach (var q in list) or.Add(q, Occur.SHOULD);
        return or;
    }

    private static LuceneQuery Combine(List<LuceneQuery> required, List<LuceneQuery> excluded)
    {
        if (required.Count == 1 && excluded.Count == 0) return required[0];
        var query = new BooleanQuery();
        foreach (var r in required) query.Add(r, Occur.MUST);
        foreach (var e in excluded) query.Add(e, Occur.MUST_NOT);
        return query;
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsCjk(string term)
    {
        foreach (var c in term)
            if (!(c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c))) return false;
        return term.Length > 0;
    }

    private IReadOnlyList<AnalyzedToken> Words(string text) => analyzers.Words.Tokens(IndexSchema.Text, text);

    /// <summary>What the building of one query collects: the words, what to highlight, the proximity phrases.</summary>
    private sealed class State(Context context, bool quiet = false)
    {
        public Context Context { get; } = context;

        public HashSet<string> Terms { get; private init; } = new(StringComparer.Ordinal);

        public HashSet<string> Strings { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

        public List<QueryWord> Words { get; private init; } = [];

        public List<LuceneQuery> Proximity { get; private init; } = [];

        /// <summary>The same state, except that what is built (an exclusion, the related tier's copy) is neither highlighted nor counted as a word.</summary>
        public State Quiet() => new(Context, quiet: true) { Terms = [], Strings = [], Words = [], Proximity = [], found = found };

        /// <summary>The words of a run, read once per query (the related matches read the same runs again).</summary>
        public IReadOnlyList<QueryWord> Find(WordFinder finder, string run)
        {
            if (!found.TryGetValue(run, out var words)) found[run] = words = finder.Find(run, Context.Names.Named);
            return words;
        }

        private Dictionary<string, IReadOnlyList<QueryWord>> found = new(StringComparer.Ordinal);

        public void Add(QueryWord word)
        {
            if (quiet) return;
            Words.Add(word);
            if (!word.Verbatim) Terms.Add(word.Tokens[0].Term);
            if (word.Text.Length >= 2) Strings.Add(word.Text);
            // A synonym is marked where it stands verbatim; its words alone (和, 人才…) would mark noise.
            foreach (var synonym in word.Synonyms) Strings.Add(synonym);
        }

        public void AddString(string text)
        {
            var trimmed = text.Trim();
            if (!quiet && trimmed.Length > 0) Strings.Add(trimmed);
        }
    }
}
