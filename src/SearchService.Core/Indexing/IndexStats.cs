namespace SearchService.Core.Indexing;

/// <summary>What the index holds right now.</summary>
public sealed record IndexStats(int Reports, int Passages, int Sources, DateTimeOffset? LastCommit);
