using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A user's query text → the Lucene queries of its match tiers: parses the query language, builds the queries over
/// the fields the reader's index has, and resolves region names to the paths indexed.
/// </summary>
public sealed class QueryPlanner(AnalyzerSet analyzers, Synonyms synonyms, SearchOptions tuning)
{
    private readonly LuceneQueryBuilder builder = new(analyzers, synonyms, tuning);

    /// <exception cref="QuerySyntaxException">The query cannot be parsed, or has too many words for one search.</exception>
    public QueryNode Parse(string? query) => UserQueryParser.Parse(query);

    /// <exception cref="QuerySyntaxException">The query has too many words for one search.</exception>
    public BuiltQuery Build(QueryNode node, MatchOperator op, IndexReader reader)
    {
        try
        {
            return builder.Build(node, op, value => RegionResolver.Resolve(reader, value), IndexSchema.HasCombinedWords(reader));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"the query has too many words for one search (over {BooleanQuery.MaxClauseCount}); shorten it", 0);
        }
    }

    /// <summary>
    /// The selection as the index holds its values (simplified script, current theme names), with each region name
    /// replaced by the indexed paths it names (嘉兴市 → 浙江省/嘉兴市).
    /// </summary>
    public static FacetSelection ResolveRegions(IndexReader reader, FacetSelection selection)
    {
        selection = FilterValues.Normalize(selection);
        var regions = selection.For(IndexSchema.Region);
        if (regions.Count == 0) return selection;
        var resolved = regions.SelectMany(r => RegionResolver.Resolve(reader, r) is { Count: > 0 } paths ? paths : [r]).Distinct().ToList();
        var values = selection.Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        values[IndexSchema.Region] = resolved;
        return new FacetSelection(values);
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
