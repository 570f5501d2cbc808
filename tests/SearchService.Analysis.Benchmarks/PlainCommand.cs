using System.Text;
using Lucene.Net.Analysis;

namespace SearchService.Analysis.Benchmarks;

/// <summary>
/// Line in, line out — for every input line its terms separated by single spaces — with any analyzer: the format of
/// <c>searchsvc analyze</c> and of the Java peer's plain tool, so the package's analyzer can be timed and diffed the same
/// way. UTF-8 both ways in 64 KB buffers; a lone surrogate is written as '?', as Java's encoder does.
/// </summary>
public static class PlainCommand
{
    public static int Run(Analyzer analyzer)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        using var output = new StreamWriter(Console.OpenStandardOutput(), TokenLines.Utf8LikeJava(), 1 << 16);
        TokenLines.Write(input, output, analyzer);
        return 0;
    }
}
