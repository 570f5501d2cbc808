using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

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
        var utf8 = (Encoding)new UTF8Encoding(false).Clone();
        utf8.EncoderFallback = new EncoderReplacementFallback("?");
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16);
        while (input.ReadLine() is { } line)
        {
            using var stream = analyzer.GetTokenStream("text", line);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var first = true;
            while (stream.IncrementToken())
            {
                if (!first) output.Write(' ');
                output.Write(term.Buffer, 0, term.Length);
                first = false;
            }
            stream.End();
            output.Write('\n');
        }
        return 0;
    }
}
