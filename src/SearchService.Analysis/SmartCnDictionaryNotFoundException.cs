namespace SearchService.Analysis;

/// <summary>The dictionaries could not be read: a named jar is missing or not Lucene's, or the package's resources are not as expected.</summary>
public sealed class SmartCnDictionaryNotFoundException(string message, Exception? inner = null) : Exception(message, inner);
