namespace SearchService.Core.Search.Query;

/// <summary>How words combine: <see cref="Auto"/> wants all words and falls back to most of them when too little matches.</summary>
public enum MatchOperator { Auto, And, Or }
