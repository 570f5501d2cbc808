using Lucene.Net.Analysis;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Analysis;

/// <summary>
/// Folds traditional characters to simplified ones as the tokenizer reads them. The fold is one character for one,
/// so offsets need no correction and highlights computed from postings land on the original text.
/// </summary>
public sealed class ScriptFoldCharFilter(TextReader input, ScriptFold fold) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        if (read > 0) fold.FoldInPlace(buffer.AsSpan(index, read));
        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : fold.Fold((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;
}
