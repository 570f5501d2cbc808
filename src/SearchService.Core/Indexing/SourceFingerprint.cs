namespace SearchService.Core.Indexing;

/// <summary>A source file as last indexed: its path relative to the sources root and a hash of its bytes.</summary>
public sealed record SourceFingerprint(string Path, string Hash);
