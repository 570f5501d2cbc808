namespace SearchService.Core.Documents;

/// <summary>
/// The one door every change of the index passes while the service runs: an API write (store, then index), a re-index's
/// final swap, the replay of the store at start. Inside it the store's sequence numbers and the index's commits advance
/// in the same order, and an existence check and the write that depends on it cannot be separated by another write.
/// One per process (the index's write lock keeps other processes out).
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim door = new(1, 1);

    /// <summary>A re-index holds the gate for its final write: writes that cannot wait that long are told to retry.</summary>
    public bool IsRebuilding { get; private set; }

    /// <summary>Waits at most <paramref name="wait"/>; null when the gate stayed closed (the caller answers 503).</summary>
    public async Task<IDisposable?> TryEnterAsync(TimeSpan wait, CancellationToken cancellation)
    {
        if (!await door.WaitAsync(wait, cancellation)) return null;
        return new Pass(this, rebuilding: false);
    }

    /// <summary>Waits as long as it takes (a re-index, the CLI, start-up).</summary>
    public IDisposable Enter(bool rebuilding = false)
    {
        door.Wait();
        IsRebuilding = rebuilding;
        return new Pass(this, rebuilding);
    }

    private void Leave(bool rebuilding)
    {
        if (rebuilding) IsRebuilding = false;
        door.Release();
    }

    public void Dispose() => door.Dispose();

    private sealed class Pass(WriteGate gate, bool rebuilding) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0) gate.Leave(rebuilding);
        }
    }
}
