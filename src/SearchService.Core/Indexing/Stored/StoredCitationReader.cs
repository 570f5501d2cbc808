using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SearchService.Core.Indexing.Stored;

/// <summary>
/// Reads the citation JSON that <see cref="StoredFormat.Write(StoredCitation)"/> writes, token by token: every hit of
/// a page carries one, and the serializer's general path (a record built through a constructor of ten parameters) took
/// ~2.4 % of a search. It reads only that shape — each known member once, with the token type it is written with — and
/// declines anything else (an unknown or repeated member, a number that is no 32-bit integer, malformed JSON), which
/// the serializer then reads as before, so every input gives what the serializer gives.
/// </summary>
internal static class StoredCitationReader
{
    private const int StackBytes = 2048;

    // The buffer is written before it is read: zeroing 2 KB per hit was 4 % of reading a citation.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static bool TryRead(string json, out StoredCitation? citation)
    {
        citation = null;
        var most = Encoding.UTF8.GetMaxByteCount(json.Length);
        byte[]? rented = null;
        Span<byte> buffer = most <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return TryReadJson(buffer[..length], out citation);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or an escape that is no whole character: the serializer says what it makes of it.
            return false;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The same over the citation's UTF-8 (a hit record's bytes): no string, no transcoding.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out StoredCitation? citation)
    {
        try
        {
            return TryReadJson(utf8, out citation);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            citation = null;
            return false;
        }
    }

    private static bool TryReadJson(ReadOnlySpan<byte> utf8, out StoredCitation? citation)
    {
        citation = null;
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        string? author = null, title = null, type = null, compilation = null, publisher = null, date = null, source = null, sourceUrl = null;
        var posted = false;
        List<StoredLineRange>? lines = null;
        var seen = 0;
        while (true)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType == JsonTokenType.EndObject) break;
            if (reader.TokenType != JsonTokenType.PropertyName) return false;
            var member = Member(ref reader);
            if (member < 0 || (seen & (1 << member)) != 0) return false;
            seen |= 1 << member;
            if (!reader.Read()) return false;
            switch (member)
            {
                case 7:
                    if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False)) return false;
                    posted = reader.GetBoolean();
                    break;
                case 9:
                    if (reader.TokenType == JsonTokenType.Null) lines = null;
                    else if (!TryReadLines(ref reader, out lines)) return false;
                    break;
                default:
                    if (!TryReadString(ref reader, out var value)) return false;
                    switch (member)
                    {
                        case 0: author = value; break;
                        case 1: title = value; break;
                        case 2: type = value; break;
                        case 3: compilation = value; break;
                        case 4: publisher = value; break;
                        case 5: date = value; break;
                        case 6: source = value; break;
                        case 8: sourceUrl = value; break;
                    }
                    break;
            }
        }
        // Nothing may follow the object.
        if (reader.Read()) return false;
        citation = new StoredCitation(author, title!, type!, compilation, publisher, date, source!, posted, sourceUrl, lines);
        return true;
    }

    /// <summary>The member's number in <see cref="StoredCitation"/>'s order; -1 for a name it does not have.</summary>
    private static int Member(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("author"u8)) return 0;
        if (reader.ValueTextEquals("title"u8)) return 1;
        if (reader.ValueTextEquals("type"u8)) return 2;
        if (reader.ValueTextEquals("compilation"u8)) return 3;
        if (reader.ValueTextEquals("publisher"u8)) return 4;
        if (reader.ValueTextEquals("date"u8)) return 5;
        if (reader.ValueTextEquals("source"u8)) return 6;
        if (reader.ValueTextEquals("posted"u8)) return 7;
        if (reader.ValueTextEquals("sourceUrl"u8)) return 8;
        if (reader.ValueTextEquals("lines"u8)) return 9;
        return -1;
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.String) return false;
        value = reader.GetString();
        return true;
    }

    private static bool TryReadLines(ref Utf8JsonReader reader, out List<StoredLineRange>? lines)
    {
        lines = null;
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        var read = new List<StoredLineRange>();
        while (true)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType == JsonTokenType.EndArray) break;
            if (reader.TokenType != JsonTokenType.StartObject) return false;
            int first = 0, last = 0;
            int? firstPage = null, lastPage = null;
            var seen = 0;
            while (true)
            {
                if (!reader.Read()) return false;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                if (reader.TokenType != JsonTokenType.PropertyName) return false;
                var member = reader.ValueTextEquals("first"u8) ? 0 : reader.ValueTextEquals("last"u8) ? 1
                    : reader.ValueTextEquals("firstPage"u8) ? 2 : reader.ValueTextEquals("lastPage"u8) ? 3 : -1;
                if (member < 0 || (seen & (1 << member)) != 0) return false;
                seen |= 1 << member;
                if (!reader.Read()) return false;
                int? number = null;
                if (reader.TokenType == JsonTokenType.Number)
                {
                    if (!reader.TryGetInt32(out var n)) return false;
                    number = n;
                }
                else if (reader.TokenType != JsonTokenType.Null || member < 2) return false;
                switch (member)
                {
                    case 0: first = number!.Value; break;
                    case 1: last = number!.Value; break;
                    case 2: firstPage = number; break;
                    case 3: lastPage = number; break;
                }
            }
            read.Add(new StoredLineRange(first, last, firstPage, lastPage));
        }
        lines = read;
        return true;
    }
}
