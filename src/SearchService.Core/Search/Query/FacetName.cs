using System.Collections.Concurrent;
using SearchService.Core.Indexing;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Search.Query;

/// <summary>A facet value a query word names: its dimension and the value as the index holds it (a region by its path).</summary>
public sealed record FacetName(string Dimension, string Value);

/// <summary>
/// The facet values a word could name, by the names ingestion knows (places and their short forms, organisations and
/// their aliases, themes and their former names). Candidates only: the index's facet values decide which exist.
/// </summary>
public interface IFacetNames
{
    IEnumerable<FacetName> Candidates(string word);
}

/// <summary>
/// <see cref="IFacetNames"/> from ingestion's gazetteer, organisation directory and theme aliases. The names are fixed
/// once loaded, so a word's candidates are too: the first <see cref="MemoisedWords"/> distinct words asked about keep
/// theirs (reading the organisation directory's canonical forms was most of a query's facet-name lookup, and the same
/// words come back query after query); later words are worked out each time, so the memo stays bounded. Safe to use
/// from any number of searches at once.
/// </summary>
public sealed class KnownFacetNames(KnownNames names) : IFacetNames
{
    /// <summary>How many distinct words keep their candidates.</summary>
    public const int MemoisedWords = 4096;

    private readonly ConcurrentDictionary<string, FacetName[]> memo = new(StringComparer.Ordinal);
    private int memoised;

    /// <summary>How many words keep their candidates (at most <see cref="MemoisedWords"/>).</summary>
    public int Memoised => Volatile.Read(ref memoised);

    public IEnumerable<FacetName> Candidates(string word)
    {
        if (memo.TryGetValue(word, out var known)) return known;
        var found = Read(word);
        // A place is taken before the word is added, so the memo never holds more than the bound however many
        // searches add at once; a word another search added meanwhile gives its place back.
        if (Volatile.Read(ref memoised) < MemoisedWords)
        {
            if (Interlocked.Increment(ref memoised) > MemoisedWords || !memo.TryAdd(word, found)) Interlocked.Decrement(ref memoised);
        }
        return found;
    }

    private FacetName[] Read(string word)
    {
        var place = names.Place(word);
        var organisation = new FacetName(IndexSchema.Organisation, names.Organisation(word));
        var theme = new FacetName(IndexSchema.Theme, KnownNames.Theme(word));
        return place is null ? [organisation, theme] : [new FacetName(IndexSchema.Region, place), organisation, theme];
    }
}
