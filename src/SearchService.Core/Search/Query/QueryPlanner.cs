using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A user's query text → the Lucene queries of its kinds of match: parses the query language, reads its words
/// (function words, split names, synonyms, facet values they name), builds the queries over the fields the reader's
/// index has, and turns the request's filters (and the query's own) into the facet selection the index holds.
/// </summary>
public sealed class QueryPlanner(AnalyzerSet analyzers, Synonyms synonyms, FunctionWords functionWords, IFacetNames names, SearchOptions tuning)
{
    private readonly LuceneQueryBuilder builder = new(analyzers, synonyms, functionWords, tuning);
    private readonly WordFinder finder = new(analyzers, synonyms, functionWords);
    private readonly FrequentWordSets frequent = new();
    private readonly BlockMaxima maxima = new();

    /// <exception cref="QuerySyntaxException">The query cannot be parsed, or has too many words for one search.</exception>
    public QueryNode Parse(string? query) => UserQueryParser.Parse(query);

    /// <summary>The words of a run of query text as a search reads them in this index.</summary>
    public IReadOnlyList<QueryWord> Words(string run, FacetOrdinals ordinals) => finder.Find(run, new FacetNameLookup(ordinals, names).Named);

    /// <exception cref="QuerySyntaxException">The query has too many words for one search.</exception>
    public PlannedQuery Plan(QueryNode node, SearchRequest request, IndexReader reader, FacetOrdinals ordinals)
    {
        var context = new LuceneQueryBuilder.Context(new FacetNameLookup(ordinals, names), value => RegionResolver.Resolve(ordinals, value),
            IndexSchema.HasBody(reader), request.Filters ?? FacetSelection.None, frequent, maxima);
        var planned = TooManyWords.Guard(() => builder.Build(node, request.Operator, context));
        return planned with { Selection = WithYears(Resolve(ordinals, planned.Selection, context.Names), ordinals, request.YearFrom, request.YearTo) };
    }

    /// <summary>
    /// The selection as the index holds its values (simplified script, current theme names), with each region name
    /// replaced by the indexed paths it names (嘉兴市 → 浙江省/嘉兴市) and, given <paramref name="names"/>, each
    /// organisation by the indexed names it is known by (浙能集团 → 浙能集团工会).
    /// </summary>
    public static FacetSelection Resolve(FacetOrdinals ordinals, FacetSelection selection, FacetNameLookup? names = null)
    {
        selection = FilterValues.Normalize(selection);
        var organisations = selection.For(IndexSchema.Organisation);
        if (names is not null && organisations.Count > 0)
            selection = selection.With(IndexSchema.Organisation, organisations.SelectMany(o => Organisations(names, o)).Distinct().ToList());
        var regions = selection.For(IndexSchema.Region);
        if (regions.Count == 0) return selection;
        var resolved = regions.SelectMany(r => RegionResolver.Resolve(ordinals, r) is { Count: > 0 } paths ? paths : [r]).Distinct().ToList();
        return selection.With(IndexSchema.Region, resolved);
    }

    /// <summary>
    /// The indexed organisations a filter value names: itself and, when the organisation directory knows it as another
    /// name of one (a short form, or a canonical name since changed), that one, so a saved filter keeps working after
    /// an organisation's canonical name changed, as a former theme name does; the value alone when the index has neither.
    /// </summary>
    public static IReadOnlyList<string> Organisations(FacetNameLookup names, string value)
    {
        var known = names.Named(value).Where(n => n.Dimension == IndexSchema.Organisation).Select(n => n.Value).ToList();
        return known.Count > 0 ? known : [value];
    }

    /// <summary>
    /// A range of years as the year values it selects, within the years already selected if any; a range no report
    /// falls in still filters (it selects a value no passage has).
    /// </summary>
    public static FacetSelection WithYears(FacetSelection selection, FacetOrdinals ordinals, int? from, int? to)
    {
        if (from is null && to is null) return selection;
        var chosen = selection.For(IndexSchema.Year);
        var years = ordinals.For(IndexSchema.Year).Labels
            .Where(label => int.TryParse(label, out var year) && year >= (from ?? int.MinValue) && year <= (to ?? int.MaxValue))
            .Where(label => chosen.Count == 0 || chosen.Contains(label))
            .ToList();
        return selection.With(IndexSchema.Year, years.Count > 0 ? years : [$"{from}–{to}"]);
    }
}
