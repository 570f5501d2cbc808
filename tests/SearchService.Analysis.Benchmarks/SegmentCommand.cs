using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Analysis.Benchmarks;

/// <summary>
/// The counterpart of the peer's <c>segment.sh</c>, for parity checks: one JSON object per non-empty input line,
/// <c>{"line":N,"tokens":[["term",start,end],...]}</c>. Every non-ASCII char is written as <c>\uXXXX</c> (lone
/// surrogates included), so compare parsed JSON, not bytes.
/// </summary>
public static class SegmentCommand
{
    public static int Run(Analyzer analyzer)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var json = new StringBuilder();
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            json.Clear().Append("{\"line\":").Append(number).Append(",\"tokens\":[");
            using (var stream = analyzer.GetTokenStream("f", line))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                var offset = stream.AddAttribute<IOffsetAttribute>();
                stream.Reset();
                var first = true;
                while (stream.IncrementToken())
                {
                    if (!first) json.Append(',');
                    first = false;
                    json.Append("[\"");
                    foreach (var c in term.Buffer.AsSpan(0, term.Length))
                    {
                        if (c is '"' or '\\') json.Append('\\').Append(c);
                        else if (c is >= ' ' and < '\u007F') json.Append(c);
                        else json.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    json.Append("\",").Append(offset.StartOffset).Append(',').Append(offset.EndOffset).Append(']');
                }
                stream.End();
            }
            output.WriteLine(json.Append("]}"));
        }
        return 0;
    }
}
