namespace SearchService.Ingestion;

/// <summary>A document that was refused: over a limit (<see cref="DocumentTooLargeException"/>) or unreadable (<see cref="DocumentUnreadableException"/>).</summary>
public abstract class DocumentReadException : Exception
{
    protected DocumentReadException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
