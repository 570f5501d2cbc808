using Lucene.Net.Search;

namespace SearchService.Core.Search.Query;

/// <summary>A query with more clauses than Lucene takes is the user's to shorten: said as a syntax error, wherever its queries are built.</summary>
internal static class TooManyWords
{
    /// <exception cref="QuerySyntaxException">The query has too many words for one search.</exception>
    public static T Guard<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"the query has too many words for one search (over {BooleanQuery.MaxClauseCount}); shorten it", 0);
        }
    }
}
