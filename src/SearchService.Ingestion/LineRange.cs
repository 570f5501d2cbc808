namespace SearchService.Ingestion;

/// <summary>
/// A run of source lines, 1-based and inclusive: a paragraph joined from wrapped lines is one range (its first and last
/// line); a paragraph continued further down the file (a cut line and its continuation) has one range per piece. In a
/// PDF the lines are counted per page and <see cref="FirstPage"/>/<see cref="LastPage"/> say which pages.
/// </summary>
public sealed record LineRange(int First, int Last, int? FirstPage = null, int? LastPage = null)
{
    public override string ToString() =>
        FirstPage is null ? (First == Last ? $"{First}" : $"{First}–{Last}")
        : FirstPage == LastPage ? (First == Last ? $"p{FirstPage}:{First}" : $"p{FirstPage}:{First}–{Last}")
        : $"p{FirstPage}:{First}–p{LastPage}:{Last}";
}
