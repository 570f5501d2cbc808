using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SearchService.Api.Contracts;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// A facet's values written as JSON from fragments encoded once per label: <c>{"value":"…","count":</c>, then the
/// count, then <c>,"selected":false,"path":"…","level":2}</c> (or its selected twin). A search answers with ~300 region
/// values at 35k passages; written member by member through <see cref="Utf8JsonWriter"/>, each value's strings were
/// escaped and transcoded per response. The fragments are keyed by the label string itself, which the index reader's
/// facet ordinals hold for the reader's lifetime, so they go when the reader's labels go; a value whose strings are
/// not the ones a fragment was made from is written as the generated writer writes it. Same bytes as
/// <see cref="ApiJsonContext"/>'s writer (<c>SearchResponseJsonTests</c>).
/// </summary>
public sealed class FacetValueFragments
{
    private static ReadOnlySpan<byte> ValueOpening => "{\"value\":\""u8;
    private static ReadOnlySpan<byte> CountName => "\",\"count\":"u8;
    private static ReadOnlySpan<byte> SelectedFalse => ",\"selected\":false"u8;
    private static ReadOnlySpan<byte> SelectedTrue => ",\"selected\":true"u8;
    private static ReadOnlySpan<byte> PathName => ",\"path\":\""u8;
    private static ReadOnlySpan<byte> LevelName => "\",\"level\":"u8;
    private static ReadOnlySpan<byte> PathClosing => "\""u8;

    private readonly ConditionalWeakTable<string, Fragment> byLabel = new();
    private readonly ConditionalWeakTable<string, Fragment>.CreateValueCallback create;

    public FacetValueFragments() => create = label => new Fragment(label);

    /// <summary>Writes <paramref name="values"/> as the JSON array the generated writer writes for them.</summary>
    public void WriteArray(Utf8JsonWriter writer, IReadOnlyList<FacetValueResponse> values)
    {
        var found = ArrayPool<Fragment?>.Shared.Rent(values.Count);
        try
        {
            var bytes = 2;
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                var fragment = byLabel.GetValue(value.Path ?? value.Value, create).For(value);
                found[i] = fragment;
                bytes += fragment is null ? 0 : fragment.Head.Length + 11 + Math.Max(fragment.TailSelected.Length, fragment.Tail.Length) + 1;
            }
            if (Array.IndexOf(found, null, 0, values.Count) >= 0)
            {
                WriteEach(writer, values);
                return;
            }
            var buffer = ArrayPool<byte>.Shared.Rent(bytes);
            try
            {
                var span = buffer.AsSpan();
                var at = 0;
                span[at++] = (byte)'[';
                for (var i = 0; i < values.Count; i++)
                {
                    if (i > 0) span[at++] = (byte)',';
                    var fragment = found[i]!;
                    fragment.Head.CopyTo(span[at..]);
                    at += fragment.Head.Length;
                    Utf8Formatter.TryFormat(values[i].Count, span[at..], out var written);
                    at += written;
                    var tail = values[i].Selected ? fragment.TailSelected : fragment.Tail;
                    tail.CopyTo(span[at..]);
                    at += tail.Length;
                }
                span[at++] = (byte)']';
                writer.WriteRawValue(span[..at], skipInputValidation: true);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        finally
        {
            Array.Clear(found, 0, values.Count);
            ArrayPool<Fragment?>.Shared.Return(found);
        }
    }

    /// <summary>The values member by member, as the generated writer does (names, then nulls left out).</summary>
    internal static void WriteEach(Utf8JsonWriter writer, IReadOnlyList<FacetValueResponse> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStartObject();
            writer.WriteString("value"u8, value.Value);
            writer.WriteNumber("count"u8, value.Count);
            writer.WriteBoolean("selected"u8, value.Selected);
            if (value.Path is not null) writer.WriteString("path"u8, value.Path);
            if (value.Level is { } level) writer.WriteNumber("level"u8, level);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>One label's encoded pieces; used only for a value with the same strings and level it was made from.</summary>
    private sealed class Fragment
    {
        private readonly string label;
        private string? value;
        private string? path;
        private int? level;
        private byte[]? head;
        private byte[]? tail;
        private byte[]? tailSelected;

        public Fragment(string label) => this.label = label;

        public byte[] Head => head!;

        public byte[] Tail => tail!;

        public byte[] TailSelected => tailSelected!;

        /// <summary>This fragment when it fits <paramref name="facetValue"/> (made on first use), otherwise null.</summary>
        public Fragment? For(FacetValueResponse facetValue)
        {
            var made = Volatile.Read(ref head);
            if (made is null)
            {
                lock (this)
                {
                    if (head is null) Make(facetValue);
                }
            }
            return string.Equals(value, facetValue.Value, StringComparison.Ordinal) && string.Equals(path, facetValue.Path, StringComparison.Ordinal)
                && level == facetValue.Level ? this : null;
        }

        private void Make(FacetValueResponse facetValue)
        {
            if (!ReferenceEquals(facetValue.Path ?? facetValue.Value, label)) throw new InvalidOperationException("a fragment is made from its own label");
            value = facetValue.Value;
            path = facetValue.Path;
            level = facetValue.Level;
            var encodedValue = JsonEncodedText.Encode(facetValue.Value, ApiJsonContext.Encoder).EncodedUtf8Bytes;
            var encodedPath = facetValue.Path is null ? default : JsonEncodedText.Encode(facetValue.Path, ApiJsonContext.Encoder).EncodedUtf8Bytes;
            tail = MakeTail(SelectedFalse, encodedPath);
            tailSelected = MakeTail(SelectedTrue, encodedPath);
            Volatile.Write(ref head, [.. ValueOpening, .. encodedValue, .. CountName]);
        }

        private byte[] MakeTail(ReadOnlySpan<byte> selected, ReadOnlySpan<byte> encodedPath)
        {
            var bytes = new List<byte>(selected.Length + encodedPath.Length + 32);
            bytes.AddRange(selected);
            if (path is not null)
            {
                bytes.AddRange(PathName);
                bytes.AddRange(encodedPath);
                if (level is null) bytes.AddRange(PathClosing);
            }
            if (level is { } depth)
            {
                if (path is null) bytes.AddRange(",\"level\":"u8);
                else bytes.AddRange(LevelName);
                Span<byte> digits = stackalloc byte[11];
                Utf8Formatter.TryFormat(depth, digits, out var written);
                bytes.AddRange(digits[..written]);
            }
            bytes.Add((byte)'}');
            return [.. bytes];
        }
    }
}
