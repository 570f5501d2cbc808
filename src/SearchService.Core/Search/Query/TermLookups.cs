using Lucene.Net.Index;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The terms one search has looked up in the term dictionary, with their state in every segment, so that the passes
/// of the search — complete, title and related matches, the check whether any title holds the words — seek each term
/// once per segment instead of once per pass: a seek walks the terms index and allocates the dictionary's
/// enumerator with its frames. Made per search (with its plan), so it needs no locking and is dropped with the search.
/// </summary>
public sealed class TermLookups
{
    private readonly Dictionary<Term, TermContext> looked = [];

    /// <summary>The term's state in every segment of <paramref name="top"/>, looked up the first time it is asked for.</summary>
    public TermContext For(IndexReaderContext top, Term term)
    {
        if (looked.TryGetValue(term, out var states) && states.TopReaderContext == top) return states;
        states = TermContext.Build(top, term);
        looked[term] = states;
        return states;
    }

    /// <summary>The term's state in one segment (null when the segment lacks it).</summary>
    public TermState? For(AtomicReaderContext leaf, Term term) => For(Top(leaf), term).Get(leaf.Ord);

    private static IndexReaderContext Top(IndexReaderContext context)
    {
        while (context.Parent is { } parent) context = parent;
        return context;
    }
}
