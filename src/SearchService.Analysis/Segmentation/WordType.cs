namespace SearchService.Analysis.Segmentation;

/// <summary>Lucene SmartCn's node types (<c>WordType</c>).</summary>
internal enum WordType : byte
{
    SentenceBegin = 0,
    SentenceEnd = 1,
    ChineseWord = 2,
    String = 3,
    Number = 4,
    Delimiter = 5,
    FullWidthString = 6,
    FullWidthNumber = 7,
}
