namespace SearchService.Core.Search.Query;

/// <summary>The query cannot be understood; <see cref="Position"/> is the 0-based offset of the problem.</summary>
public sealed class QuerySyntaxException(string message, int position)
    : Exception($"{message} (at character {position + 1})")
{
    public int Position { get; } = position;

    public string Reason { get; } = message;
}
