using Lucene.Net.Analysis;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Analysis;

/// <summary>
/// Folds traditional characters to simplified ones as the tokenizer reads them. The fold is one character for one (a
/// word for a word of the same length), so offsets need no correction and highlights computed from postings land on
/// the original text. The text is read and folded whole on the first read: a word the fold reads as a word (瞭解) must
/// not be cut by the tokenizer's buffer. The texts analysed here are a passage, a heading, a title or a query.
/// </summary>
public sealed class ScriptFoldCharFilter(TextReader input, ScriptFold fold) : CharFilter(input)
{
    private char[]? folded;
    private int next;

    public override int Read(char[] buffer, int index, int count)
    {
        var text = Folded();
        if (next >= text.Length) return 0;
        var read = Math.Min(count, text.Length - next);
        Array.Copy(text, next, buffer, index, read);
        next += read;
        return read;
    }

    public override int Read()
    {
        var text = Folded();
        return next < text.Length ? text[next++] : -1;
    }

    private char[] Folded()
    {
        if (folded is not null) return folded;
        // Read, not ReadToEnd: Lucene's reusable string reader answers only Read.
        var text = new System.Text.StringBuilder();
        var buffer = new char[1024];
        for (int read; (read = m_input.Read(buffer, 0, buffer.Length)) > 0;) text.Append(buffer, 0, read);
        var chars = new char[text.Length];
        text.CopyTo(0, chars, 0, text.Length);
        fold.FoldInPlace(chars);
        return folded = chars;
    }

    protected override int Correct(int currentOff) => currentOff;
}
