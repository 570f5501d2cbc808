using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SearchService.Core.Indexing.Stored;

/// <summary>
/// Reads a stored citation (<see cref="StoredCitation"/>) member by member. Every hit of a search page reads one,
/// and the serializer's general path for a record with ten constructor parameters (argument buffers, boxed values,
/// a converter per member) cost more than the rest of the hit's rendering together. Reads what the serializer reads
/// with this type's names: members in any order, unknown ones skipped, missing ones at their defaults; anything the
/// serializer would refuse is a <see cref="JsonException"/>.
/// </summary>
internal static class StoredCitationReader
{
    private const int StackBytes = 1024;

    /// <summary>The citation, or null for the JSON literal null.</summary>
    /// <exception cref="JsonException">Not a citation the serializer would read.</exception>
    public static StoredCitation? Read(string json)
    {
        var most = Encoding.UTF8.GetMaxByteCount(json.Length);
        byte[]? rented = null;
        Span<byte> buffer = most <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            var reader = new Utf8JsonReader(buffer[..length]);
            var citation = ReadCitation(ref reader);
            if (reader.Read()) throw new JsonException("more than one value");
            return citation;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            throw new JsonException(ex.Message, ex);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static StoredCitation? ReadCitation(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("no value");
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartObject);
        string? author = null, title = null, type = null, compilation = null, publisher = null, date = null, source = null, sourceUrl = null;
        var posted = false;
        List<StoredLineRange>? lines = null;
        while (Member(ref reader))
        {
            if (reader.ValueTextEquals("author"u8)) author = String(ref reader);
            else if (reader.ValueTextEquals("title"u8)) title = String(ref reader);
            else if (reader.ValueTextEquals("type"u8)) type = String(ref reader);
            else if (reader.ValueTextEquals("compilation"u8)) compilation = String(ref reader);
            else if (reader.ValueTextEquals("publisher"u8)) publisher = String(ref reader);
            else if (reader.ValueTextEquals("date"u8)) date = String(ref reader);
            else if (reader.ValueTextEquals("source"u8)) source = String(ref reader);
            else if (reader.ValueTextEquals("sourceUrl"u8)) sourceUrl = String(ref reader);
            else if (reader.ValueTextEquals("posted"u8))
            {
                reader.Read();
                posted = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("lines"u8)) lines = Lines(ref reader);
            else Skip(ref reader);
        }
        return new StoredCitation(author, title!, type!, compilation, publisher, date, source!, posted, sourceUrl, lines);
    }

    private static List<StoredLineRange>? Lines(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray);
        var lines = new List<StoredLineRange>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            int first = 0, last = 0;
            int? firstPage = null, lastPage = null;
            while (Member(ref reader))
            {
                if (reader.ValueTextEquals("first"u8)) first = Int(ref reader);
                else if (reader.ValueTextEquals("last"u8)) last = Int(ref reader);
                else if (reader.ValueTextEquals("firstPage"u8)) firstPage = NullableInt(ref reader);
                else if (reader.ValueTextEquals("lastPage"u8)) lastPage = NullableInt(ref reader);
                else Skip(ref reader);
            }
            lines.Add(new StoredLineRange(first, last, firstPage, lastPage));
        }
        return lines;
    }

    /// <summary>Moves to the next member's name; false at the end of the object.</summary>
    private static bool Member(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject) return false;
        Expect(ref reader, JsonTokenType.PropertyName);
        return true;
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null)) throw new JsonException($"a string expected, not {reader.TokenType}");
        return reader.GetString();
    }

    private static int Int(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    private static int? NullableInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
    }

    private static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type) throw new JsonException($"{type} expected, not {reader.TokenType}");
    }
}
