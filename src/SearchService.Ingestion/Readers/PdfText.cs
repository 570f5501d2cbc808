using System.Runtime.ExceptionServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// The visual lines of a PDF's pages, read with PdfPig inside limits it does not have itself:
/// <list type="bullet">
/// <item>every stream is decoded through <see cref="BoundedPdfFilters"/>: a content stream over
/// <see cref="DocumentLimits.MaxPdfContentStreamBytes"/> is refused before it is inflated (a 100 KB file can hold a
/// 100 MB content stream, which PdfPig turns into millions of letter objects: minutes and gigabytes);</item>
/// <item>before any page is drawn, forms drawn inside forms are checked for depth and loops, and unfiltered content
/// streams for size: PdfPig follows forms recursively, so two forms that draw each other overflow the stack and kill
/// the process (a 792-byte file does it);</item>
/// <item>the whole read runs on its own thread with a large stack, because PdfPig walks the page tree recursively while
/// opening the file (50,000 nested page-tree nodes overflow a 1.5 MB thread-pool stack), and within the time budget:
/// the caller stops waiting when the budget is spent and the thread stops at its next check (between pages, and at
/// every stream decoded). <see cref="DocumentLimits.MaxConcurrentPdfReads"/> threads at most, abandoned ones included.</item>
/// </list>
/// </summary>
internal static class PdfText
{
    /// <summary>
    /// Deep enough for the page tree of the largest PDF allowed (200,000 levels fit in a 20 MB file and were read with
    /// 256 MB); reserved address space, committed only as far as the recursion goes.
    /// </summary>
    private const int StackBytes = 256 * 1024 * 1024;

    public static IReadOnlyList<(int Number, string Text)> VisualLines(byte[] bytes, ReadBudget budget, SemaphoreSlim slots)
    {
        if (!slots.Wait(Positive(budget.Remaining), budget.Cancellation)) throw budget.TooSlow();
        var done = new TaskCompletionSource<IReadOnlyList<(int, string)>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var worker = new Thread(() =>
        {
            try
            {
                done.SetResult(Read(bytes, budget));
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
            finally
            {
                slots.Release();
            }
        }, StackBytes) { IsBackground = true, Name = "pdf-reader" };
        try
        {
            worker.Start();
        }
        catch
        {
            slots.Release();
            throw;
        }
        try
        {
            if (!done.Task.Wait(Positive(budget.Remaining), budget.Cancellation)) throw budget.TooSlow();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException!).Throw();
        }
        return done.Task.Result;
    }

    private static TimeSpan Positive(TimeSpan t) => t > TimeSpan.Zero ? t : TimeSpan.Zero;

    private static IReadOnlyList<(int Number, string Text)> Read(byte[] bytes, ReadBudget budget)
    {
        var limits = budget.Limits;
        var filters = new BoundedPdfFilters(budget);
        using var pdf = PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = filters });
        if (pdf.NumberOfPages > limits.MaxPdfPages)
            throw DocumentTooLargeException.Over($"the PDF has {pdf.NumberOfPages:N0} pages, which", nameof(DocumentLimits.MaxPdfPages), limits.MaxPdfPages);
        CheckStreams(pdf.Structure, ObjectsWritten(bytes, pdf.Structure, budget), filters, budget);

        var visual = new List<(int Number, string Text)>();
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            budget.Check();
            var page = pdf.GetPage(number);
            var pageLines = page.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (pageLines.Length <= 1)
                pageLines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0)).OrderByDescending(g => g.Key)
                    .Select(g => DocumentReader.JoinWords(g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToArray();
            budget.AddChars(pageLines.Sum(l => (long)l.Length));
            for (var i = 0; i < pageLines.Length; i++) visual.Add((page.Number * 1000 + i + 1, pageLines[i]));
        }
        return visual;
    }

    /// <summary>
    /// Every stream object once, before any page is drawn: unfiltered content streams are held to the content limit
    /// (filtered ones are checked as they are decoded), and the forms that draw other forms must nest at most
    /// <see cref="DocumentLimits.MaxPdfFormDepth"/> deep without a loop.
    /// </summary>
    private static void CheckStreams(Structure structure, IReadOnlyCollection<IndirectReference> objects, BoundedPdfFilters filters, ReadBudget budget)
    {
        var limits = budget.Limits;
        var forms = new Dictionary<IndirectReference, StreamToken>();
        // Every XObject each name stands for in any resources (a page's, a page-tree node's, a form's): a form that draws
        // a name its own resources lack gets it from the resources of whatever draws it.
        var named = new Dictionary<string, HashSet<IndirectReference>>(StringComparer.Ordinal);
        foreach (var reference in objects)
        {
            budget.Tick();
            var token = Resolve(structure, reference);
            var dictionary = token switch { StreamToken stream => stream.StreamDictionary, DictionaryToken d => d, _ => null };
            if (dictionary is null) continue;
            foreach (var (name, target) in XObjectsOf(structure, dictionary))
                (named.TryGetValue(name, out var targets) ? targets : named[name] = []).Add(target);
            if (token is not StreamToken content) continue;
            if (!dictionary.ContainsKey(NameToken.Filter) && BoundedPdfFilters.IsContent(dictionary) && content.Data.Length > limits.MaxPdfContentStreamBytes)
                throw DocumentTooLargeException.Over($"a content stream of the PDF ({content.Data.Length:N0} bytes)", nameof(DocumentLimits.MaxPdfContentStreamBytes), limits.MaxPdfContentStreamBytes);
            if (BoundedPdfFilters.IsForm(dictionary)) forms[reference] = content;
        }
        var drawn = new Dictionary<IndirectReference, List<IndirectReference>>();
        foreach (var (reference, form) in forms)
        {
            var own = XObjectsOf(structure, form.StreamDictionary).ToDictionary(x => x.Name, x => x.Target, StringComparer.Ordinal);
            drawn[reference] = NamesDrawn(form, filters)
                .SelectMany(name => own.TryGetValue(name, out var target) ? [target] : named.TryGetValue(name, out var inherited) ? inherited : [])
                .Distinct().ToList();
        }
        var depth = FormDepth(drawn, budget);
        if (depth > limits.MaxPdfFormDepth)
            throw new DocumentUnreadableException($"the PDF draws forms inside forms {depth} deep, more than {limits.MaxPdfFormDepth} (Ingestion:Limits:MaxPdfFormDepth)");
    }

    /// <summary>
    /// The objects the cross-reference table lists and every `N G obj` written in the file: when the table is damaged
    /// (a broken startxref) PdfPig finds objects by scanning, lists none in its table, and still draws them.
    /// </summary>
    private static IReadOnlyCollection<IndirectReference> ObjectsWritten(byte[] bytes, Structure structure, ReadBudget budget)
    {
        var objects = new HashSet<IndirectReference>(structure.CrossReferenceTable.ObjectOffsets.Keys);
        foreach (System.Text.RegularExpressions.Match m in ObjectHeader.Matches(System.Text.Encoding.Latin1.GetString(bytes)))
        {
            budget.Tick();
            if (long.TryParse(m.Groups[1].ValueSpan, out var number) && int.TryParse(m.Groups[2].ValueSpan, out var generation))
                objects.Add(new IndirectReference(number, generation));
        }
        return objects;
    }

    private static readonly System.Text.RegularExpressions.Regex ObjectHeader =
        new(@"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\0]+([0-9]{1,5})[ \t\r\n\f\0]+obj(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    /// <summary>The XObjects named in a dictionary's own resources.</summary>
    private static IEnumerable<(string Name, IndirectReference Target)> XObjectsOf(Structure structure, DictionaryToken dictionary)
    {
        if (Direct(structure, dictionary, NameToken.Resources) is DictionaryToken resources
            && Direct(structure, resources, NameToken.Xobject) is DictionaryToken xobjects)
            foreach (var (name, value) in xobjects.Data)
                if (value is IndirectReferenceToken reference) yield return (name, reference.Data);
    }

    /// <summary>The names a form's content draws with the Do operator (none when its content cannot be decoded: then PdfPig draws nothing of it either).</summary>
    private static IReadOnlyList<string> NamesDrawn(StreamToken form, BoundedPdfFilters filters)
    {
        Memory<byte> data;
        try
        {
            data = form.Data.ToArray();
            var chain = filters.GetFilters(form.StreamDictionary);
            for (var i = 0; i < chain.Count; i++) data = chain[i].Decode(data, form.StreamDictionary, filters, i);
        }
        catch (Exception ex) when (ex is not DocumentTooLargeException and not DocumentUnreadableException and not OperationCanceledException)
        {
            return [];
        }
        return DrawOperator.Matches(System.Text.Encoding.Latin1.GetString(data.Span)).Select(m => m.Groups[1].Value).Distinct().ToList();
    }

    private static readonly System.Text.RegularExpressions.Regex DrawOperator =
        new(@"/([^\s/\[\]<>(){}%]+)\s+Do(?![^\s/\[\]<>(){}%])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The longest chain of forms drawing forms, walked with an explicit stack (the chain's length is what an attacker
    /// controls); a loop counts as infinitely deep.
    /// </summary>
    private static int FormDepth(Dictionary<IndirectReference, List<IndirectReference>> drawn, ReadBudget budget)
    {
        var depth = new Dictionary<IndirectReference, int>();
        var onPath = new HashSet<IndirectReference>();
        var longest = 0;
        foreach (var root in drawn.Keys)
        {
            if (depth.ContainsKey(root)) continue;
            var stack = new Stack<(IndirectReference Form, int Next)>();
            stack.Push((root, 0));
            onPath.Add(root);
            while (stack.Count > 0)
            {
                budget.Tick();
                var (form, next) = stack.Pop();
                var children = drawn[form];
                if (next < children.Count)
                {
                    stack.Push((form, next + 1));
                    var child = children[next];
                    if (!drawn.ContainsKey(child) || depth.ContainsKey(child)) continue;
                    if (!onPath.Add(child)) return int.MaxValue;
                    stack.Push((child, 0));
                    continue;
                }
                onPath.Remove(form);
                var deepest = 0;
                foreach (var child in children)
                    if (depth.TryGetValue(child, out var d)) deepest = Math.Max(deepest, d);
                depth[form] = deepest + 1;
                longest = Math.Max(longest, deepest + 1);
            }
        }
        return longest;
    }

    private static IToken? Direct(Structure structure, DictionaryToken dictionary, NameToken key) =>
        dictionary.TryGet(key, out var value) ? value is IndirectReferenceToken reference ? Resolve(structure, reference.Data) : value : null;

    private static IToken? Resolve(Structure structure, IndirectReference reference)
    {
        try
        {
            return structure.GetObject(reference)?.Data;
        }
        catch (Exception ex) when (ex is not DocumentTooLargeException and not DocumentUnreadableException and not OperationCanceledException)
        {
            // A broken object is PdfPig's to skip or report when a page needs it; the checks only look at what parses.
            return null;
        }
    }
}
