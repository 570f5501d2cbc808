using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SearchService.Analysis.Benchmarks;

/// <summary>Adds a MB/s column (10^6 UTF-8 bytes of the benchmark's text per second of mean time).</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        private readonly Dictionary<string, long> bytes = [];

        public string Id => nameof(MegabytesPerSecondColumn);
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "10^6 UTF-8 bytes of text analysed per second (mean)";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var text = benchmarkCase.Parameters["Text"] as string;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (text is null || mean is null) return "-";
            if (!bytes.TryGetValue(text, out var size)) bytes[text] = size = AnalyzerBenchmarks.Bytes(text);
            return (size / 1e6 / (mean.Value / 1e9)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
