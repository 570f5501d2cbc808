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

/// <summary><see cref="IFacetNames"/> from ingestion's gazetteer, organisation directory and theme aliases.</summary>
public sealed class KnownFacetNames(KnownNames names) : IFacetNames
{
    public IEnumerable<FacetName> Candidates(string word)
    {
        if (names.Place(word) is { } path) yield return new FacetName(IndexSchema.Region, path);
        yield return new FacetName(IndexSchema.Organisation, names.Organisation(word));
        yield return new FacetName(IndexSchema.Theme, KnownNames.Theme(word));
    }
}
