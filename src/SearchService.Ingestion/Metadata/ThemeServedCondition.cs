namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a report keeps both the theme of a condition its workers work in and the theme of the care brought to them: a
/// care action serving workers in that condition (<see cref="ThemeBeneficiaries"/>: 慰问 with 高温, or the campaign's own
/// word 送清凉) stands in the title, a heading or one of the first <see cref="OpeningPassages"/> passages, so the report is
/// about heat relief, which labellers give 安全生产与劳动保护 and 困难帮扶与送温暖 alike (the convention restated in round
/// sixteen for 送清凉; tune: 38 of the 40 reports opening so carry both). Each is kept while fewer than three are kept,
/// however little one weighs beside the other: the visit's many care words outweigh the heat named once in the lead,
/// and a report of heat protection names the care once. Chosen leaving one gathered set out (the real-documents
/// harness's <c>--theme-served-condition</c>): the title, headings and the first two passages — a news item often opens
/// with the weather and tells the visit in its second paragraph.
/// </summary>
public sealed record ThemeServedCondition(int OpeningPassages)
{
    /// <summary>Never keeps a theme for this.</summary>
    public static readonly ThemeServedCondition Off = new(-1);

    public static readonly ThemeServedCondition Default = new(2);

    public bool IsOff => OpeningPassages < 0;
}
