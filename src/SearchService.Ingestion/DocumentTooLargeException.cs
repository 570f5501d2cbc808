namespace SearchService.Ingestion;

/// <summary>
/// A document over one of the <see cref="Readers.DocumentLimits"/> (bytes, inflated part, extracted characters,
/// pages, content stream). The message names the limit and its configuration key; <see cref="Limit"/> is its value.
/// </summary>
public sealed class DocumentTooLargeException(string message, string limitName, long limit) : DocumentReadException(message)
{
    /// <summary>The configuration key of the limit, e.g. <c>Ingestion:Limits:MaxDocumentChars</c>.</summary>
    public string LimitName { get; } = limitName;

    public long Limit { get; } = limit;

    internal static DocumentTooLargeException Over(string what, string property, long limit) =>
        new($"{what} is over the limit of {limit:N0} (Ingestion:Limits:{property}).", $"Ingestion:Limits:{property}", limit);
}
