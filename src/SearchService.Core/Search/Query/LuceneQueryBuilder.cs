using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Matching;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Query;

/// <summary>
/// Turns a parsed query into Lucene queries. Each word is looked for in the passage text, the report title, the
/// section heading and the duplicates' wordings (one combined field where the index has it); each run of text may
/// instead match through the CJK bigram field (scored lower), so a query whose characters stand contiguously in a
/// passage finds it whatever the segmenter made of them. Synonyms widen words and runs; the proximity of a run's words
/// is left to rescoring.
/// </summary>
public sealed class LuceneQueryBuilder(AnalyzerSet analyzers, Synonyms synonyms, SearchOptions tuning)
{
    /// <param name="resolveRegion">Maps what a person wrote after <c>region:</c> to indexed region paths.</param>
    /// <param name="combinedWords">The index has the <see cref="IndexSchema.Words"/> field in every segment with text.</param>
    public BuiltQuery Build(QueryNode node, MatchOperator op, Func<string, IReadOnlyList<string>> resolveRegion, bool combinedWords = false)
    {
        var context = new Context(resolveRegion) { CombinedWords = combinedWords };
        if (node is MatchAllNode) return new BuiltQuery(new MatchAllDocsQuery(), MatchMode.All, [], context.Terms, context.Strings);

        if (op == MatchOperator.Or)
        {
            var any = BuildMostWords(node, context, minimumFraction: 0) ?? BuildNode(node, context);
            return new BuiltQuery(any, MatchMode.Any, [], context.Terms, context.Strings);
        }

        // For a run that is one word, the bigram net matches nearly what the word does (every passage holding its
        // bigrams) at the cost of a second pass over them, so it joins as the first fallback tier: when the word alone
        // finds too little.
        // Proximity only adds to the score of what the words match, so the primary query leaves it out and the
        // engine rescores its best hits with it: a sloppy phrase over every passage with the words was the costliest part.
        var proximity = new List<LuceneQuery>();
        var primary = context with { DeferSingleWordNet = op == MatchOperator.Auto, Proximity = proximity };
        var all = BuildNode(node, primary);
        var fallbacks = new List<(MatchMode, LuceneQuery)>();
        if (op == MatchOperator.Auto && context.Deferred.Value)
            fallbacks.Add((MatchMode.All, BuildNode(node, new Context(resolveRegion) { CombinedWords = combinedWords })));
        if (op == MatchOperator.Auto)
        {
            if (BuildMostWords(node, new Context(resolveRegion) { CombinedWords = combinedWords }, tuning.MostWordsFraction) is { } most) fallbacks.Add((MatchMode.Most, most));
            if (BuildMostWords(node, new Context(resolveRegion) { CombinedWords = combinedWords }, minimumFraction: 0) is { } any) fallbacks.Add((MatchMode.Any, any));
        }
        return new BuiltQuery(all, MatchMode.All, fallbacks, context.Terms, context.Strings) { Rescore = Rescoring(proximity) };
    }

    private static LuceneQuery? Rescoring(List<LuceneQuery> proximity)
    {
        if (proximity.Count == 0) return null;
        if (proximity.Count == 1) return proximity[0];
        var any = new BooleanQuery();
        foreach (var near in proximity) any.Add(near, Occur.SHOULD);
        return any;
    }

    private LuceneQuery BuildNode(QueryNode node, Context context) => node switch
    {
        TermNode term => Run(term.Text, context) ?? new MatchAllDocsQuery(),
        PhraseNode phrase => Phrase(phrase.Text, context) ?? new MatchAllDocsQuery(),
        FieldNode field => Filter(field, context),
        NotNode not => Combine([], [BuildNode(not.Inner, new Context(context.ResolveRegion) { CombinedWords = context.CombinedWords })]),
        AndNode and => Combine(and.Children.Where(c => c is not NotNode && !IsEmpty(c)).Select(c => BuildNode(c, context)).ToList(),
            and.Children.OfType<NotNode>().Select(n => BuildNode(n.Inner, new Context(context.ResolveRegion) { CombinedWords = context.CombinedWords })).ToList()),
        OrNode or => Or(or.Children.Select(c => BuildNode(c, context))),
        _ => new MatchAllDocsQuery(),
    };

    /// <summary>
    /// The top-level words as optional clauses of which a fraction must match; everything else (phrases, filters,
    /// groups, exclusions) stays required. Null when there are fewer than two words, where it would change nothing.
    /// </summary>
    private LuceneQuery? BuildMostWords(QueryNode node, Context context, double minimumFraction)
    {
        var children = node is AndNode and ? and.Children : [node];
        var words = new List<LuceneQuery>();
        var required = new List<LuceneQuery>();
        var excluded = new List<LuceneQuery>();
        foreach (var child in children)
        {
            switch (child)
            {
                case TermNode term:
                    var tokens = Words(term.Text);
                    if (tokens.Count == 1)
                    {
                        // A domain word (劳动竞赛) that found too little: its parts (劳动, 竞赛) may still match.
                        var parts = analyzers.PlainWords.Tokens(IndexSchema.Text, term.Text);
                        if (parts.Count < 2 || parts.Any(p => p.Term.Length < 2))
                        {
                            words.Add(Run(term.Text, context)!);
                            break;
                        }
                        tokens = parts;
                    }
                    AddStrings(term.Text, context);
                    // Single characters (如, 的, 会) match almost everything; they count only when nothing else is left.
                    var meaningful = tokens.Where(t => t.Term.Length >= 2).ToList();
                    words.AddRange((meaningful.Count >= 1 ? meaningful : tokens).Select(t => Word(t.Term, context)));
                    break;
                case NotNode not:
                    excluded.Add(BuildNode(not.Inner, new Context(context.ResolveRegion) { CombinedWords = context.CombinedWords }));
                    break;
                default:
                    if (!IsEmpty(child)) required.Add(BuildNode(child, context));
                    break;
            }
        }
        if (words.Count < 2) return null;
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(word, Occur.SHOULD);
        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(words.Count * minimumFraction));
        if (required.Count == 0 && excluded.Count == 0) return query;
        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var r in required) combined.Add(r, Occur.MUST);
        foreach (var e in excluded) combined.Add(e, Occur.MUST_NOT);
        return combined;
    }

    private bool IsEmpty(QueryNode node) => node switch
    {
        TermNode t => Words(t.Text).Count == 0 && Bigrams(t.Text).Count == 0,
        PhraseNode p => Words(p.Text).Count == 0 && Bigrams(p.Text).Count == 0,
        _ => false,
    };

    /// <summary>A run of text: all its words (with a proximity bonus), or the run verbatim, or a synonym of it.</summary>
    private LuceneQuery? Run(string text, Context context)
    {
        var tokens = Words(text);
        var verbatim = Verbatim(text, exact: false);
        if (tokens.Count == 0 && verbatim is null) return null;
        AddStrings(text, context);

        var alternatives = new List<LuceneQuery>();
        if (tokens.Count == 1)
        {
            // The run's synonyms below are the word's: adding them in Word as well scored (and cost) them twice.
            alternatives.Add(Word(tokens[0].Term, context, withSynonyms: false));
        }
        else if (tokens.Count > 1)
        {
            var allWords = new BooleanQuery();
            foreach (var token in tokens) allWords.Add(Word(token.Term, context), Occur.MUST);
            if (tuning.ProximityBoost > 0)
            {
                var near = new PhraseQuery { Slop = tuning.ProximitySlop, Boost = tuning.ProximityBoost };
                foreach (var token in tokens) near.Add(new Term(IndexSchema.Text, token.Term), token.Position);
                if (context.Proximity is { } later) later.Add(near);
                else allWords.Add(near, Occur.SHOULD);
            }
            alternatives.Add(allWords);
        }
        if (verbatim is not null && tokens.Count == 1 && context.DeferSingleWordNet) context.Deferred.Value = true;
        else if (verbatim is not null) alternatives.Add(verbatim);
        foreach (var synonym in synonyms.For(text))
        {
            context.Strings.Add(synonym);
            if (SynonymPhrase(synonym, tokens) is { } alternative) alternatives.Add(alternative);
        }
        return DisMax(alternatives);
    }

    /// <summary>
    /// A synonym found verbatim through the bigram fields, scored below the typed words; null when it cannot find
    /// anything the typed words do not (<c>工会组织</c> for <c>工会</c>: every passage with it has <c>工会</c>).
    /// Bigrams rather than a phrase of the synonym's words: <c>劳动和技能竞赛</c> as a phrase read the positions of
    /// <c>和</c> in every passage holding all four words, and cost 50 times the rest of the query.
    /// </summary>
    private LuceneQuery? SynonymPhrase(string synonym, IReadOnlyList<AnalyzedToken> typed)
    {
        var words = Words(synonym);
        if (words.Count == 0 || Contains(words, typed)) return null;
        // A synonym the segmenter keeps as one word (总工会) is that word's postings, far fewer than its bigrams'
        // (工会 stands in nearly every passage of a union corpus).
        if (words.Count == 1 || !tuning.UseBigrams || Bigrams(synonym) is not { Count: > 0 } bigrams)
            return new DisjunctionMaxQuery([WordPhrase(IndexSchema.Text, words, 1f), WordPhrase(IndexSchema.Title, words, tuning.TitleBoost)], 0.1f) { Boost = tuning.SynonymBoost };
        return new DisjunctionMaxQuery(
            [BigramMatch(IndexSchema.TextBigrams, bigrams, 1f, exact: false), BigramMatch(IndexSchema.TitleBigrams, bigrams, tuning.TitleBoost, exact: false)], 0.1f)
        { Boost = tuning.SynonymBoost };
    }

    private static bool Contains(IReadOnlyList<AnalyzedToken> words, IReadOnlyList<AnalyzedToken> part)
    {
        if (part.Count == 0 || part.Count > words.Count) return false;
        for (var start = 0; start + part.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < part.Count && all; i++) all = words[start + i].Term == part[i].Term;
            if (all) return true;
        }
        return false;
    }

    /// <summary>One word in text, title, heading or variants (the combined field, where the index has it), or one of its synonyms.</summary>
    private LuceneQuery Word(string term, Context context, bool withSynonyms = true)
    {
        context.Terms.Add(term);
        var alternatives = new List<LuceneQuery>();
        if (context.CombinedWords) alternatives.Add(new TermQuery(new Term(IndexSchema.Words, term)));
        else AddFields(alternatives, term);
        if (!withSynonyms) return DisMax(alternatives);
        var typed = Words(term);
        foreach (var synonym in synonyms.For(term))
        {
            // A synonym is marked where it stands verbatim; its words alone (和, 人才…) would mark noise.
            context.Strings.Add(synonym);
            if (SynonymPhrase(synonym, typed) is { } alternative) alternatives.Add(alternative);
        }
        return DisMax(alternatives);
    }

    /// <summary>An index without the combined field: the word in text, title, heading or variants, best field first.</summary>
    private void AddFields(List<LuceneQuery> alternatives, string term)
    {
        alternatives.Add(new TermQuery(new Term(IndexSchema.Text, term)));
        if (tuning.TitleBoost > 0) alternatives.Add(new TermQuery(new Term(IndexSchema.Title, term)) { Boost = tuning.TitleBoost });
        if (tuning.SectionBoost > 0) alternatives.Add(new TermQuery(new Term(IndexSchema.Section, term)) { Boost = tuning.SectionBoost });
        if (tuning.VariantBoost > 0) alternatives.Add(new TermQuery(new Term(IndexSchema.Variants, term)) { Boost = tuning.VariantBoost });
    }

    /// <summary><c>"…"</c>: the words adjacent in order, in text or title, or the characters verbatim.</summary>
    private LuceneQuery? Phrase(string text, Context context)
    {
        var tokens = Words(text);
        var alternatives = new List<LuceneQuery>();
        if (tokens.Count > 0)
        {
            foreach (var t in tokens) context.Terms.Add(t.Term);
            alternatives.Add(WordPhrase(IndexSchema.Text, tokens, 1f));
            alternatives.Add(WordPhrase(IndexSchema.Title, tokens, tuning.TitleBoost));
            alternatives.Add(WordPhrase(IndexSchema.Section, tokens, tuning.SectionBoost));
        }
        if (Verbatim(text, exact: true) is { } verbatim) alternatives.Add(verbatim);
        if (alternatives.Count == 0) return null;
        AddStrings(text, context);
        return DisMax(alternatives);
    }

    /// <summary>
    /// The characters of a run through the bigram fields: the recall net. For a <c>"…"</c> phrase the bigrams must
    /// stand adjacent (a phrase query); for a plain run it is enough that the passage has all of them — the bigrams
    /// that straddle two words (<c>建引</c> in 党建引领) are rare outside the run itself, and a conjunction of terms
    /// costs a fraction of a phrase, whose positions were read for every passage holding the common bigrams.
    /// </summary>
    private LuceneQuery? Verbatim(string text, bool exact)
    {
        if (!tuning.UseBigrams) return null;
        var bigrams = Bigrams(text);
        if (bigrams.Count == 0) return null;
        return new DisjunctionMaxQuery(
            [BigramMatch(IndexSchema.TextBigrams, bigrams, tuning.BigramBoost, exact), BigramMatch(IndexSchema.TitleBigrams, bigrams, tuning.BigramBoost * tuning.TitleBoost, exact)],
            0.1f);
    }

    private static LuceneQuery BigramMatch(string field, IReadOnlyList<AnalyzedToken> bigrams, float boost, bool exact)
    {
        if (exact || bigrams.Count == 1) return WordPhrase(field, bigrams, boost);
        var all = new BooleanQuery { Boost = boost };
        foreach (var term in bigrams.Select(b => b.Term).Distinct(StringComparer.Ordinal)) all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        return all;
    }

    private LuceneQuery Filter(FieldNode field, Context context)
    {
        var value = Facets.FilterValues.Normalize(field.Field, field.Value);
        if (field.Field == IndexSchema.Region)
        {
            var paths = context.ResolveRegion(value);
            if (paths.Count == 0) return ConstantScore(new TermQuery(new Term(IndexSchema.Region, value)));
            return ConstantScore(Or(paths.Select(p => new TermQuery(new Term(IndexSchema.Region, p)))));
        }
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

    private static LuceneQuery DisMax(List<LuceneQuery> alternatives) =>
        alternatives.Count == 1 ? alternatives[0] : new DisjunctionMaxQuery(alternatives, 0.1f);

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
        if (required.Count == 0) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var e in excluded) query.Add(e, Occur.MUST_NOT);
        return query;
    }

    private void AddStrings(string text, Context context)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0) context.Strings.Add(trimmed);
    }

    private IReadOnlyList<AnalyzedToken> Words(string text) => analyzers.Words.Tokens(IndexSchema.Text, text);

    private IReadOnlyList<AnalyzedToken> Bigrams(string text) => analyzers.Bigrams.Tokens(IndexSchema.TextBigrams, text);

    private sealed record Context(Func<string, IReadOnlyList<string>> ResolveRegion)
    {
        public HashSet<string> Terms { get; init; } = new(StringComparer.Ordinal);

        public HashSet<string> Strings { get; init; } = new(StringComparer.OrdinalIgnoreCase);

        public bool DeferSingleWordNet { get; init; }

        /// <summary>Words are searched in the combined field rather than in text, title, heading and variants.</summary>
        public bool CombinedWords { get; init; }

        /// <summary>When set, proximity phrases are collected here for rescoring instead of joining the query.</summary>
        public List<LuceneQuery>? Proximity { get; init; }

        /// <summary>Shared by the copies of a context: some net was left out.</summary>
        public StrongBox<bool> Deferred { get; init; } = new();
    }
}
