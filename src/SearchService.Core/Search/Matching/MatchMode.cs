namespace SearchService.Core.Search.Matching;

/// <summary>
/// How a search's words were combined for the hits it returns: <see cref="All"/> of them; <see cref="Most"/> or
/// <see cref="Any"/> when all-words found too little and passages with most (then any) of the words follow the
/// complete matches; <see cref="Any"/> also for <c>op=or</c>.
/// </summary>
public enum MatchMode { All, Most, Any }
