namespace SearchService.Analysis;

/// <summary>Lucene's smartcn jar (the source of the dictionaries) is not where it was looked for.</summary>
public sealed class SmartCnDictionaryNotFoundException(string message, Exception? inner = null) : Exception(message, inner);
