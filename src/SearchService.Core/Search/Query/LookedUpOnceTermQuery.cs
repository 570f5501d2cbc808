using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A <see cref="TermQuery"/> whose term is looked up once for all the passes of a search (<see cref="TermLookups"/>):
/// Lucene's term query looks its term up in every segment each time a pass makes its weight. The weight is the term
/// query's own, built from those states, so scores and explanations are unchanged.
/// </summary>
public sealed class LookedUpOnceTermQuery(Term term, TermLookups lookups) : TermQuery(term)
{
    public override Weight CreateWeight(IndexSearcher searcher) =>
        new TermQuery(Term, lookups.For(searcher.TopReaderContext, Term)) { Boost = Boost }.CreateWeight(searcher);
}
