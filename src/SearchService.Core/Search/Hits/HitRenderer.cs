using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Highlighting;
using SearchService.Core.Search.Matching;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Hits;

/// <summary>
/// A page of matched documents → what a person sees of each: its stored fields, highlighted fragments of its text,
/// its title and heading marked where a word stands in them, how and where it matched and, when asked, the
/// explanation of its score by the query of the kind of match that found it. Searches and precedents render their
/// hits here. A hit's text is cut at <c>maxTextChars</c> (<see cref="LimitsOptions.MaxHitTextChars"/>;
/// <see cref="SearchHit.TextTruncated"/> says so): the passage view has it whole.
/// </summary>
public sealed class HitRenderer(AnalyzerSet analyzers, int maxTextChars)
{
    private readonly Highlighter highlighter = new(analyzers.Words);
    private static readonly ISet<string> CreditsField = new HashSet<string> { IndexSchema.Credits };

    public HitRenderer(AnalyzerSet analyzers) : this(analyzers, new LimitsOptions().MaxHitTextChars)
    {
    }

    public HitRenderer(AnalyzerSet analyzers, LimitsOptions limits) : this(analyzers, limits.MaxHitTextChars)
    {
    }

    /// <param name="explain">The query to explain a hit of a kind of match by; null for no explanation.</param>
    /// <param name="checkBudget">
    /// Called before each explanation (which re-runs the query on that document) and now and then while highlighting a
    /// long text: may throw to stop.
    /// </param>
    /// <param name="twins">The reader's twin groups, to say in how many other reports a hit's paragraph also stands.</param>
    public IReadOnlyList<SearchHit> Render(IndexSearcher searcher, IReadOnlyList<RankedDoc> page, HitMarks marks,
        Func<MatchKind, LuceneQuery?>? explain = null, Action? checkBudget = null, TwinGroups? twins = null)
    {
        var offsets = PostingsOffsets.Read(searcher.IndexReader, IndexSchema.Text, page.Select(h => h.Doc), marks.Terms);
        var scratch = new Lucene.Net.Util.BytesRef();
        return page.Select(hit =>
        {
            var doc = HitRecord.Shown(searcher, hit.Doc, scratch);
            var text = doc.Text ?? "";
            var strings = marks.StringsFor(hit.Kind);
            var highlights = offsets is not null
                ? highlighter.Fragments(text, offsets[hit.Doc], strings, checkBudget)
                : highlighter.Fragments(text, marks.Terms, strings, checkBudget);
            string? explanation = null;
            if (explain?.Invoke(hit.Kind) is { } query)
            {
                checkBudget?.Invoke();
                explanation = searcher.Explain(PassageQuery.Only(query), hit.Doc).ToString();
            }
            var alsoIn = twins?.OtherReports(searcher.IndexReader, hit.Doc) ?? 0;
            // Only a title match can have a word through its report's credits; the credits are read for those alone.
            var credits = hit.Kind == MatchKind.Title ? Marked(searcher.Doc(hit.Doc, CreditsField).Get(IndexSchema.Credits) ?? "", strings) : null;
            var shown = ToHit(doc, Cut(text), hit, highlights, marks, strings, explanation);
            return shown with
            {
                AlsoInReports = alsoIn > 0 ? alsoIn : null,
                CreditsHighlight = credits,
                MatchedIn = credits is null ? shown.MatchedIn : [.. shown.MatchedIn, MatchPlaces.Credits],
            };
        }).ToList();
    }

    /// <summary>The text up to the limit, never cutting a surrogate pair; true when something was cut.</summary>
    private (string Text, bool Cut) Cut(string text)
    {
        if (text.Length <= maxTextChars) return (text, false);
        var end = maxTextChars;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return (text[..end], true);
    }

    private SearchHit ToHit(HitFields doc, (string Text, bool Cut) text, RankedDoc hit, IReadOnlyList<string> highlights, HitMarks marks, IReadOnlySet<string> strings, string? explanation)
    {
        var region = doc.RegionPath;
        var organisation = doc.Organisation ?? "";
        var themes = doc.Themes;
        var title = doc.Title ?? "";
        var section = doc.Section ?? "";
        var titleMarked = Marked(title, strings);
        var sectionMarked = Marked(section, strings);

        var matchedIn = new List<string>();
        if (highlights.Any(h => h.Contains("<mark>", StringComparison.Ordinal))) matchedIn.Add(MatchPlaces.Text);
        if (sectionMarked is not null) matchedIn.Add(MatchPlaces.Heading);
        if (titleMarked is not null) matchedIn.Add(MatchPlaces.Title);
        HashSet<string>? regionLevels = null;
        foreach (var name in marks.Words.SelectMany(w => w.Names))
        {
            var place = name.Dimension switch
            {
                IndexSchema.Organisation when name.Value == organisation => MatchPlaces.Organisation,
                IndexSchema.Region when (regionLevels ??= IndexSchema.RegionLevels(region).ToHashSet(StringComparer.Ordinal)).Contains(name.Value) => MatchPlaces.Region,
                IndexSchema.Theme when themes.Contains(name.Value) => MatchPlaces.Theme,
                _ => null,
            };
            if (place is not null && !matchedIn.Contains(place)) matchedIn.Add(place);
        }

        return new SearchHit(
            doc.Id!,
            doc.ReportId!,
            title,
            organisation,
            region,
            region?.Split(IndexSchema.RegionSeparator) ?? [],
            themes,
            section,
            text.Text,
            highlights,
            float.IsNaN(hit.Score) ? 0 : hit.Score,
            hit.MatchingPassages,
            explanation,
            text.Cut)
        {
            Match = hit.Kind,
            MatchedIn = matchedIn,
            TitleHighlight = titleMarked,
            SectionHighlight = sectionMarked,
            Date = doc.Date,
            Citation = doc.Citation,
        };
    }

    /// <summary>A title or heading with the query's strings marked; null when none stands in it.</summary>
    private string? Marked(string text, IReadOnlySet<string> strings) => highlighter.MarkWhole(text, strings);
}
