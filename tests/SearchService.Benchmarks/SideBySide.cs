using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace SearchService.Benchmarks;

/// <summary>
/// Two builds of the search in one process: each a build output folder of this project (the second built against
/// another tree's src/, <c>-p:CoreTree=…</c>), loaded into its own <see cref="AssemblyLoadContext"/> with its own
/// SearchService and Lucene assemblies, and called through <see cref="QuerySet.Open"/>'s delegate. Both sides then
/// share one process, one machine state and one measurement, side by side.
/// </summary>
public static class SideBySide
{
    /// <summary>The search of the build in <paramref name="folder"/> (its SearchService.Benchmarks.dll and dependencies).</summary>
    public static Func<string, int> Load(string folder, string indexPath)
    {
        var main = Path.Combine(Path.GetFullPath(folder), "SearchService.Benchmarks.dll");
        if (!File.Exists(main)) throw new FileNotFoundException($"no build of the benchmarks in {folder}", main);
        var context = new BuildContext(main);
        var open = context.LoadFromAssemblyPath(main).GetType(typeof(QuerySet).FullName!, throwOnError: true)!
            .GetMethod(nameof(QuerySet.Open), BindingFlags.Public | BindingFlags.Static)!;
        return (Func<string, int>)open.Invoke(null, [indexPath])!;
    }

    private sealed class BuildContext(string main) : AssemblyLoadContext(Path.GetFileName(Path.GetDirectoryName(main)), isCollectible: false)
    {
        private readonly AssemblyDependencyResolver resolver = new(main);

        // The build's own assemblies from its folder; the runtime's (null here) from the default context, shared.
        protected override Assembly? Load(AssemblyName name) => resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string name) =>
            resolver.ResolveUnmanagedDllToPath(name) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }

    /// <summary>
    /// <c>side-by-side INDEX QUERIES BASE_BUILD NEW_BUILD [PAIRS] [ROUNDS] [WARMUP]</c>: both builds warmed up, then
    /// pairs of timed runs (ROUNDS rounds of the queries each), the side that goes first alternating. Per run: the
    /// searching thread's CPU time per search (what a search costs, the figure that holds up on a shared machine),
    /// its wall time, its bytes allocated, and the load average when it ended.
    /// </summary>
    public static int Run(string indexPath, string queriesPath, string baseBuild, string newBuild, int pairs, int rounds, int warmup)
    {
        var queries = QuerySet.Load(queriesPath);
        var sides = new (string Name, Func<string, int> Search)[] { ("base", Load(baseBuild, indexPath)), ("new", Load(newBuild, indexPath)) };
        foreach (var (name, search) in sides)
        {
            var total = queries.Sum(search);
            Console.WriteLine($"{name}: {Path.GetFullPath(name == "base" ? baseBuild : newBuild)}, {queries.Length} queries, {total} matches in all");
        }
        if (sides.Select(s => queries.Sum(s.Search)).Distinct().Count() != 1) Console.WriteLine("warning: the two builds count different matches");
        for (var r = 0; r < warmup; r++)
            foreach (var (_, search) in sides)
                foreach (var q in queries) search(q);

        var cpu = new List<double>[] { [], [] };
        Console.WriteLine("pair\tside\tcpu_us_per_search\twall_us_per_search\tkb_allocated_per_search\tload1");
        for (var p = 0; p < pairs; p++)
        {
            foreach (var s in p % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var search = sides[s].Search;
                GC.Collect();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var wall = Stopwatch.StartNew();
                var thread = ThreadCpu();
                for (var r = 0; r < rounds; r++)
                    foreach (var q in queries) search(q);
                var cpuUs = (ThreadCpu() - thread) / 1000.0 / (rounds * queries.Length);
                var wallUs = wall.Elapsed.TotalMicroseconds / (rounds * queries.Length);
                var kb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / (rounds * queries.Length);
                cpu[s].Add(cpuUs);
                Console.WriteLine($"{p + 1}\t{sides[s].Name}\t{cpuUs:0.0}\t{wallUs:0.0}\t{kb:0.0}\t{File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            }
        }
        var diffs = cpu[0].Zip(cpu[1], (b, n) => (n - b) / b * 100).ToList();
        Console.WriteLine($"cpu per search: base {cpu[0].Average():0.0} µs, new {cpu[1].Average():0.0} µs ({(cpu[1].Average() - cpu[0].Average()) / cpu[0].Average() * 100:+0.0;-0.0} %); " +
            $"new lower in {diffs.Count(d => d < 0)} pairs of {diffs.Count} ({string.Join(", ", diffs.Select(d => Math.Round(d, 1).ToString("+0.0;-0.0;0.0")))} %)");
        return 0;
    }

    /// <summary>The calling thread's CPU time in nanoseconds (<c>CLOCK_THREAD_CPUTIME_ID</c>).</summary>
    private static long ThreadCpu()
    {
        if (clock_gettime(3, out var ts) != 0) throw new InvalidOperationException("clock_gettime failed");
        return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}

/// <summary>
/// The 30 benchmark queries over an existing index, uncached, in both builds of <see cref="SideBySide"/> (BenchmarkDotNet
/// gives each its own process run; the two builds still run in one process, base as the baseline).
/// <c>BENCH_INDEX=DIR BENCH_BASE=BUILD BENCH_NEW=BUILD BENCH_QUERIES=queries.txt … -- --filter '*SideBySide*'</c>.
/// </summary>
[MemoryDiagnoser]
public class SideBySideBenchmarks
{
    /// <summary>The queries per call, which the file must hold.</summary>
    private const int Queries = 30;

    private string[] queries = [];
    private Func<string, int> baseSearch = null!;
    private Func<string, int> newSearch = null!;

    [GlobalSetup]
    public void Setup()
    {
        string Variable(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"set {name}");
        var index = Variable("BENCH_INDEX");
        queries = QuerySet.Load(Variable("BENCH_QUERIES"));
        if (queries.Length != Queries) throw new InvalidOperationException($"the queries file holds {queries.Length} queries, not {Queries}");
        baseSearch = SideBySide.Load(Variable("BENCH_BASE"), index);
        newSearch = SideBySide.Load(Variable("BENCH_NEW"), index);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int Base() => Run(baseSearch);

    [Benchmark(OperationsPerInvoke = Queries)]
    public int New() => Run(newSearch);

    private int Run(Func<string, int> search)
    {
        var total = 0;
        foreach (var q in queries) total += search(q);
        return total;
    }
}
