namespace SearchService.Core.Search.Query;

/// <summary>The parsed form of what a person typed. Positions are 0-based offsets into the query string.</summary>
public abstract record QueryNode;

/// <summary>A run of text without spaces: every word in it must match (or the run must appear verbatim).</summary>
public sealed record TermNode(string Text) : QueryNode;

/// <summary><c>"…"</c>: the words in this order, adjacent.</summary>
public sealed record PhraseNode(string Text) : QueryNode;

/// <summary><c>organisation:…</c>, <c>region:…</c>, <c>theme:…</c>: an exact filter.</summary>
public sealed record FieldNode(string Field, string Value) : QueryNode;

/// <summary><c>-x</c> or <c>NOT x</c>.</summary>
public sealed record NotNode(QueryNode Inner) : QueryNode;

/// <summary>Space-separated (or <c>AND</c>): all must match.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary><c>a OR b</c>: at least one must match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>An empty query: browse everything.</summary>
public sealed record MatchAllNode : QueryNode;
