using System.Runtime.InteropServices;

namespace SearchService.Core.Documents;

/// <summary>
/// Writes that survive a crash of the process or of the machine: a file is written under a temporary name, flushed to
/// the disk (fsync), renamed over its final name (atomic on POSIX file systems, so a reader or a crash sees the old
/// file or the new one, never half of one), and the folder is flushed too, since the rename is an entry of the folder
/// and not of the file.
/// </summary>
public static class DurableFile
{
    /// <summary>The suffix of a file being written; one left by a crash is removed when the store opens.</summary>
    public const string TemporarySuffix = ".tmp";

    public static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():n}{TemporarySuffix}");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                file.Write(content);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
        SyncFolder(folder);
    }

    /// <summary>Removes a file and flushes its folder, so the removal survives a power loss.</summary>
    public static void DeleteDurably(string path)
    {
        if (!File.Exists(path)) return;
        File.Delete(path);
        SyncFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Creates a folder (and its parents) and flushes the parent, so the folder's own entry is on disk.</summary>
    public static void CreateFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (Directory.Exists(full)) return;
        Directory.CreateDirectory(full);
        if (Path.GetDirectoryName(full) is { } parent) SyncFolder(parent);
    }

    /// <summary>
    /// fsync of a folder: makes the names created, renamed or removed in it durable. .NET has no API for it (it refuses
    /// to open a folder as a file), so it is libc's open/fsync/close on Linux and macOS. On Windows NTFS journals the
    /// folder's metadata itself and this does nothing.
    /// </summary>
    public static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) return;
        var libc = Libc.Value;
        var fd = libc.Open(folder, 0 /* O_RDONLY */);
        if (fd < 0) throw new IOException($"Cannot open folder {folder} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (libc.Fsync(fd) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                // EINVAL: a file system that cannot sync a folder (some network and FUSE file systems); nothing more to do.
                if (errno != 22) throw new IOException($"Cannot flush folder {folder} to disk (errno {errno}).");
            }
        }
        finally
        {
            libc.Close(fd);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static readonly Lazy<LibcCalls> Libc = new(LibcCalls.Load);

    /// <summary>
    /// libc's calls, bound once. Loaded by file name because the bare name "libc" can resolve to a linker script where the
    /// C development files are installed.
    /// </summary>
    private sealed class LibcCalls
    {
        [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
        public delegate int OpenCall([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl, SetLastError = true)]
        public delegate int FdCall(int fd);

        public required OpenCall Open { get; init; }

        public required FdCall Fsync { get; init; }

        public required FdCall Close { get; init; }

        public static LibcCalls Load()
        {
            string[] names = OperatingSystem.IsMacOS() ? ["libSystem.dylib", "libc.dylib"] : ["libc.so.6", "libc.so", "libc"];
            foreach (var name in names)
            {
                if (!NativeLibrary.TryLoad(name, out var handle)) continue;
                return new LibcCalls
                {
                    Open = Marshal.GetDelegateForFunctionPointer<OpenCall>(NativeLibrary.GetExport(handle, "open")),
                    Fsync = Marshal.GetDelegateForFunctionPointer<FdCall>(NativeLibrary.GetExport(handle, "fsync")),
                    Close = Marshal.GetDelegateForFunctionPointer<FdCall>(NativeLibrary.GetExport(handle, "close")),
                };
            }
            throw new PlatformNotSupportedException("The C library (libc) could not be loaded to flush folders to disk.");
        }
    }
}
