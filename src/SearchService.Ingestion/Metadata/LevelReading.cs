namespace SearchService.Ingestion.Metadata;

// The attributor's reading of which level of union acts when the headline names the level itself: after scoring, a
// speech at an area-wide union meeting is that area's union's, and a higher area's programme unveiled in a lower place
// is the higher union's, when the scorer chose a union of another level.
internal sealed partial class ReportAttributor
{
    /// <summary>
    /// The union of the level the headline names, when it is not <paramref name="chosen"/>'s: the area's general union for
    /// a speech at an area-wide union meeting (<see cref="AreaMeetingSpeech"/>), the higher union for a higher area's
    /// programme unveiled in a lower place (<see cref="HigherProgrammeUnveiled"/>); null when neither shape holds.
    /// </summary>
    private string? LevelReading(string headline, string title, IReadOnlyList<string> paragraphs, int first, string? chosen,
        Dictionary<string, (double Score, string Source, double Strongest)> scores, PlaceCounts places)
    {
        (string? Region, int Rank)? chosenLevel = chosen is null ? null : Level(chosen, places);
        // The place the report is about: the chosen union's own, else the text's most named.
        var about = chosenLevel is { Region: { } own, Rank: > 0 } ? own : places.Dominant();
        if (about is null) return null;
        if ((AreaMeetingSpeech(headline) ?? AreaMeetingSpeech(title)) is { } level && AreaAt(about, level) is { } area)
        {
            var union = names.OfficialPrefix(area) + "总工会";
            return union == chosen ? null : union;
        }
        if (chosenLevel is not { Region: { } lower, Rank: > 0 }) return null;
        var lead = first < paragraphs.Count ? paragraphs[first] : "";
        var leadEnd = lead.Length == 0 ? 0 : FirstSentenceEnd(lead);
        // 为了推进…。12月20日，某社区举行…揭牌仪式: a lead that opens with what the work is for tells it in its second sentence.
        var second = leadEnd < lead.Length ? lead[leadEnd..].TrimStart('。', '；', ';', '！', '？', ' ') : "";
        foreach (var text in (string[])[headline, title, lead[..leadEnd], second.Length == 0 ? "" : second[..FirstSentenceEnd(second)]])
        {
            if (HigherProgrammeUnveiled(text) is not { } programme) continue;
            // 某市职工疗休养基地: the place that opens the programme's name; 市级职工书屋: the chosen union's area of that level.
            var higher = gazetteer.Mentions(programme) is [{ At: 0 } named, ..] ? named.Path
                : programme.StartsWith("市级", StringComparison.Ordinal) ? AreaAt(lower, "市")
                : programme.StartsWith("省级", StringComparison.Ordinal) ? AreaAt(lower, "省")
                : null;
            if (higher is null || higher == lower || !Gazetteer.Within(lower, higher)) continue;
            // The higher union must take part in the text itself (hands over, unveils, donates), not only give the programme its name.
            var union = scores.Keys.FirstOrDefault(k => k != chosen && Level(k, places) is { Region: { } r } l && r == higher && l.Rank < chosenLevel.Value.Rank
                && scores[k].Score >= 1 && IsPlaceUnion(k));
            if (union is not null) return union;
        }
        return null;
    }

    /// <summary>省 or 市 (a prefecture, 州 and 盟 alike) when the text is a speech at an area-wide union meeting
    /// (<c>在全市工会某某推进会上的讲话</c>); null otherwise.</summary>
    internal static string? AreaMeetingSpeech(string text)
    {
        var m = AreaMeeting().Match(text);
        return !m.Success ? null : m.Groups["level"].Value == "省" ? "省" : "市";
    }

    [System.Text.RegularExpressions.GeneratedRegex("在全(?<level>[省市州盟])(?:[^，。；:：]{0,12}工会|工会)[^，。；:：]{0,24}(?:会|会议|大会)上的(?:讲话|发言|致辞|工作报告)")]
    private static partial System.Text.RegularExpressions.Regex AreaMeeting();

    /// <summary>
    /// The programme's name (<c>某市职工疗休养基地</c>, <c>市级职工书屋示范点</c>) when the text tells of a ceremony held to
    /// unveil or hand over a programme's plaque (<c>某县举行某市职工疗休养基地揭牌仪式</c>); null otherwise.
    /// </summary>
    internal static string? HigherProgrammeUnveiled(string text)
    {
        var m = ProgrammeUnveiled().Match(text);
        return m.Success ? m.Groups["programme"].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("举行(?:了)?(?<programme>[^，。；、]{2,24}?(?:基地|书屋|驿站|之家|示范点|工作室|学校|服务站|服务中心))[^，。；]{0,8}?(?:揭牌|授牌)")]
    private static partial System.Text.RegularExpressions.Regex ProgrammeUnveiled();

    /// <summary>The area of <paramref name="path"/> at a level: its province for 省; its prefecture for 市, or a
    /// municipality itself (a municipality is a city); null when the path lies above that level.</summary>
    private string? AreaAt(string path, string level)
    {
        var parts = path.Split('/');
        if (level == "省" || gazetteer.PlaceAt(parts[0]) is { Kind: PlaceKind.Province } province && province.Name.EndsWith('市')) return parts[0];
        return parts.Length >= 2 && gazetteer.PlaceAt(parts[0] + "/" + parts[1]) is { Kind: PlaceKind.Prefecture } prefecture ? prefecture.Path : null;
    }
}
