using System.Text.RegularExpressions;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A page whose photographs are captioned together over its text (an e-paper's feature: <c>甲县职工技能竞赛。王明 摄</c>,
/// <c>乙区劳动竞赛启动。 李华 摄</c>, one line each), each caption opening with another place, and whose text then tells
/// those events in turn: the first caption's item is the text's opening, and each later caption's item begins at the
/// paragraph that first names its place, a union of that place acting in it, each another union. The captions title
/// their items and stay their text.
/// One event's photographs show one place; a union's tour of the places its photographs show goes on with that union
/// (or names no one) where the text reaches each place, and stays one report.
/// </summary>
/// <param name="Captions">The lines of the captions, in order.</param>
/// <param name="Titles">Each caption without its photographer's credit: its item's title.</param>
/// <param name="Starts">The line each item's text begins on; the first item's is its first paragraph.</param>
internal sealed partial record CaptionedItems(IReadOnlyList<int> Captions, IReadOnlyList<string> Titles, IReadOnlyList<int> Starts)
{
    /// <summary>The page's captioned items, or null when the page is no such page.</summary>
    public static CaptionedItems? Of(IReadOnlyList<SourceLine> lines, OrganisationDirectory organisations)
    {
        // The text begins at its first whole paragraph; the captions stand together above it, nothing but blank lines between.
        var firstText = -1;
        for (var i = 0; i < lines.Count && firstText < 0; i++)
            if (lines[i].Text.Trim() is { Length: >= 40 } t && !IsCaption(t) && t.Contains('。')) firstText = i;
        if (firstText < 0) return null;
        var runs = new List<List<int>>();
        var run = new List<int>();
        for (var i = 0; i < firstText; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            if (IsCaption(text)) run.Add(i);
            else
            {
                if (run.Count > 0) runs.Add(run);
                run = [];
            }
        }
        if (run.Count > 0) runs.Add(run);
        if (runs.Where(r => r.Count >= 2).ToList() is not [var captions]) return null;

        // Each caption opens with its place, another than the others', none inside another.
        var places = new List<string>();
        foreach (var at in captions)
        {
            if (organisations.PlacesIn(lines[at].Text.Trim()) is not [{ At: 0 } place, ..]) return null;
            if (places.Any(p => Gazetteer.Within(place.Path, p) || Gazetteer.Within(p, place.Path))) return null;
            places.Add(place.Path);
        }

        // The text reaches the places in the captions' order, each later one in a paragraph where that place's union
        // acts, another union each time.
        var paragraphs = Enumerable.Range(firstText, lines.Count - firstText)
            .Where(i => lines[i].Text.Trim() is { Length: >= 20 } t && !ListDocument.IsHeadingLike(t)).ToList();
        var starts = new List<int>();
        var actors = new HashSet<string>();
        for (var k = 0; k < places.Count; k++)
        {
            var path = places[k];
            var from = starts.Count == 0 ? 0 : paragraphs.IndexOf(starts[^1]) + 1;
            var found = paragraphs.Skip(from).Cast<int?>()
                .FirstOrDefault(i => organisations.PlacesIn(lines[i!.Value].Text).Any(m => Gazetteer.Within(m.Path, path)));
            if (found is not { } start) return null;
            // An earlier paragraph naming this place already: the text does not take the places in turn.
            if (paragraphs.Take(from).Any(i => organisations.PlacesIn(lines[i].Text).Any(m => Gazetteer.Within(m.Path, path)) && k > 0)) return null;
            if (k > 0)
            {
                if (organisations.ActorIn(lines[start].Text.Trim()) is not { } actor || !actors.Add(actor)
                    || organisations.RegionOf(actor) is not { } region || !Gazetteer.Within(region, path)) return null;
            }
            starts.Add(k == 0 ? paragraphs[0] : start);
        }
        return new CaptionedItems(captions, captions.Select(at => CaptionText(lines[at].Text.Trim())).ToList(), starts);
    }

    /// <summary>Which item a caption's line is (its index), or -1.</summary>
    public int CaptionIndex(int line) => Captions.ToList().IndexOf(line);

    /// <summary>Which item begins on the line (its index, from the second), or -1.</summary>
    public int StartIndex(int line)
    {
        for (var k = 1; k < Starts.Count; k++)
            if (Starts[k] == line) return k;
        return -1;
    }

    /// <summary>A caption alone on its line: one short sentence, then its photographer's credit (<c>…竞赛。王明 摄</c>, run on or after a space).</summary>
    public static bool IsCaption(string text) => text.Length <= 60 && Caption().IsMatch(text);

    private static string CaptionText(string text) => Caption().Match(text).Groups["caption"].Value.Trim();

    [GeneratedRegex(@"^(?<caption>[^。！？\s][^。！？]{3,40})。[\s\u3000]*(?:[\u4E00-\u9FFF]{2,4}(?:[\s\u3000、]+[\u4E00-\u9FFF]{2,4}){0,2})[\s\u3000]*[摄攝]$")]
    private static partial Regex Caption();
}
