namespace SearchService.Core.Indexing;

/// <summary>The index folder cannot be opened; the message says why and how to recover.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
