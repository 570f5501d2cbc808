namespace SearchService.Core.Sources;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its handler on the reporting thread, in order (unlike
/// <see cref="Progress{T}"/>, which posts to the thread pool and can deliver late or out of order).
/// </summary>
public sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
