using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis;

/// <summary>
/// Line in, line out: for every input line, its terms separated by single spaces (an empty line when it has none) —
/// the format of the Java peer's plain tool, so any two analyzers' outputs can be timed and diffed the same way.
/// </summary>
public static class TokenLines
{
    /// <summary>UTF-8 without a BOM that writes a lone surrogate as '?', as Java's encoder does, so outputs diff cleanly.</summary>
    public static Encoding Utf8LikeJava()
    {
        var utf8 = (Encoding)new UTF8Encoding(false).Clone();
        utf8.EncoderFallback = new EncoderReplacementFallback("?");
        return utf8;
    }

    public static void Write(TextReader input, TextWriter output, Analyzer analyzer)
    {
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
        output.Flush();
    }
}
