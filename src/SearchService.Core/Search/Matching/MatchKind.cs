namespace SearchService.Core.Search.Matching;

/// <summary>
/// How a hit matched the query: <see cref="All"/> — it holds every word itself (text, heading, a synonym, or its own
/// organisation, region or theme for a word that names one), counted in the total and the facets; <see cref="Title"/>
/// — it holds the words only with its report's title, ranked after; <see cref="Related"/> — it holds most of the
/// words, listed last when the others do not fill the page.
/// </summary>
public enum MatchKind { All, Title, Related }
