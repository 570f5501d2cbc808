using System.Diagnostics;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// The work one document may still cost: its time (<see cref="DocumentLimits.ParseTimeout"/>, and the caller's
/// cancellation, e.g. a client that went away) and its extracted characters. Readers call <see cref="Check"/> in every
/// loop, so a slow document stops at the next check rather than running on.
/// </summary>
internal sealed class ReadBudget
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long chars;
    private long ticks;

    public ReadBudget(DocumentLimits limits, CancellationToken cancellation)
    {
        Limits = limits;
        Cancellation = cancellation;
    }

    public DocumentLimits Limits { get; }

    /// <summary>The caller's token (not the deadline): cancelled means nobody waits for the answer.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>A cheap <see cref="Check"/> for tight loops: the clock is read every 256th call.</summary>
    public void Tick()
    {
        if (++ticks % 256 == 0) Check();
    }

    public TimeSpan Remaining => Limits.ParseTimeout - clock.Elapsed;

    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    /// <exception cref="DocumentUnreadableException">The document has taken longer than its time budget.</exception>
    public void Check()
    {
        Cancellation.ThrowIfCancellationRequested();
        if (clock.Elapsed > Limits.ParseTimeout) throw TooSlow();
    }

    public DocumentUnreadableException TooSlow() =>
        new($"the document took longer than {Limits.ParseTimeout.TotalSeconds:0.#} s to read (Ingestion:Limits:ParseTimeout); split it into smaller files");

    /// <summary>Counts extracted text against <see cref="DocumentLimits.MaxDocumentChars"/>.</summary>
    public void AddChars(long count)
    {
        chars += count;
        if (chars > Limits.MaxDocumentChars)
            throw DocumentTooLargeException.Over("the text extracted from the document", nameof(DocumentLimits.MaxDocumentChars), Limits.MaxDocumentChars);
    }
}
