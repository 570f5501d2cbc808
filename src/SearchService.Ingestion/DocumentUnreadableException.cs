namespace SearchService.Ingestion;

/// <summary>
/// A document that cannot be read: corrupt, not the format its extension says, nested too deep, or too slow to read
/// within <see cref="Readers.DocumentLimits.ParseTimeout"/>. The message says which, without library type names.
/// </summary>
public sealed class DocumentUnreadableException : DocumentReadException
{
    public DocumentUnreadableException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
