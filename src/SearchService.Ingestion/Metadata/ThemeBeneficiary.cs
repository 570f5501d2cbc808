namespace SearchService.Ingestion.Metadata;

/// <summary>
/// When a report keeps a group's theme because its care actions name the group's people as their beneficiaries
/// (<see cref="ThemeBeneficiaries"/>): in at least <see cref="AtLeast"/> of its title and passages (when
/// <see cref="Named"/>, only those naming one of them in person: 看望劳动模范王某某 — except for the themes of
/// <see cref="ServedAsGroup"/>, whose people named as a group count too: 慰问困难职工和劳动模范), with the theme's score at
/// least <see cref="AtLeastScore"/> and <see cref="OfStrongest"/> of the strongest theme's. Chosen leaving one of tune's
/// gathered sets out at a time (the real-documents harness's <c>--theme-beneficiaries</c>): what ships asks for one place,
/// naming a person except for model workers and the new forms of employment's workers, whose care labellers give their
/// group's theme when they are named as a group (慰问困难职工和劳动模范, 走访慰问快递小哥) — chosen so by every one of the 16
/// sets left out; women workers and workers in the heat still need a name (which a condition never has). Couriers and
/// drivers count as a group only where the clause serving them enumerates no other group (看望快递小哥, not
/// 慰问环卫工人、快递小哥、困难职工): in an enumeration labellers seldom give them their theme, and every one of tune's 19
/// sets left out chooses so (<c>--theme-beneficiary-lists</c>); model workers count in any list, where labellers do.
/// </summary>
/// <param name="ServedAsGroup">Themes, joined by commas, whose beneficiaries count when named as a group although <see cref="Named"/> is asked.</param>
/// <param name="FewerListedThan">A beneficiary named as a group counts only in a clause listing fewer groups than this
/// (<see cref="Beneficiary.Listed"/>); one named in person always counts.</param>
/// <param name="ListLimited">Themes, joined by commas, to which <see cref="FewerListedThan"/> applies; empty: every theme.</param>
public sealed record ThemeBeneficiary(int AtLeast, double AtLeastScore, double OfStrongest, bool Named = false, string ServedAsGroup = "",
    int FewerListedThan = int.MaxValue, string ListLimited = "")
{
    /// <summary>Never keeps a theme for its beneficiaries alone.</summary>
    public static readonly ThemeBeneficiary Off = new(int.MaxValue, double.PositiveInfinity, double.PositiveInfinity);

    public static readonly ThemeBeneficiary Default = new(1, 0, 0, Named: true, ServedAsGroup: "劳模工匠与创新工作室,新就业形态劳动者",
        FewerListedThan: 2, ListLimited: "新就业形态劳动者");

    public bool IsOff => AtLeast == int.MaxValue;

    /// <summary>Whether only a beneficiary named in person counts for <paramref name="theme"/>.</summary>
    public bool NamedOnly(string theme) => Named && !Lists(ServedAsGroup, theme);

    /// <summary>How many groups a clause may list for a group named in it to count for <paramref name="theme"/>, plus one.</summary>
    public int ListLimitFor(string theme) => ListLimited.Length == 0 || Lists(ListLimited, theme) ? FewerListedThan : int.MaxValue;

    // Asked for every beneficiary of every theme of a report: a list is read in place rather than split each time.
    private static bool Lists(string themes, string theme)
    {
        var list = themes.AsSpan();
        foreach (var range in list.Split(','))
            if (list[range].SequenceEqual(theme)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="who"/>, served under <paramref name="theme"/>, counts as evidence of that theme.</summary>
    internal bool Counts(string theme, Beneficiary who) =>
        who.Name is not null || (!NamedOnly(theme) && who.Listed < ListLimitFor(theme));

    public bool Holds(ThemeCandidate candidate, ThemeCandidate strongest) =>
        (NamedOnly(candidate.Theme) ? candidate.NamedBeneficiaryPassages : candidate.BeneficiaryPassages) >= AtLeast
        && candidate.Score >= AtLeastScore && candidate.Score >= OfStrongest * strongest.Score;
}
