using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// A 200 JSON response written in one piece: serialised by the generated code of <see cref="ApiJsonContext"/> into a
/// pooled buffer, then sent with its Content-Length in one write. <c>TypedResults.Ok</c> serialises through the
/// configured options' metadata (the generated writer is not used with converters in the options) and flushes the
/// body every ~16 KB: a search response of 25–100 KB went out in two to seven chunked flushes, each handing the socket
/// to a pool thread. Same bytes, same headers as <c>Ok&lt;T&gt;</c> apart from Content-Length replacing chunking.
/// </summary>
public sealed class JsonBody<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
{
    private const int FirstBufferBytes = 32 * 1024;

    private readonly JsonTypeInfo<T> typeInfo;
    private readonly Action<Utf8JsonWriter, T>? write;

    internal JsonBody(T value, JsonTypeInfo<T> typeInfo)
    {
        Value = value;
        this.typeInfo = typeInfo;
    }

    /// <param name="write">Writes the value as <paramref name="typeInfo"/>'s writer would, faster (see <see cref="SearchResponseWriter"/>).</param>
    internal JsonBody(T value, JsonTypeInfo<T> typeInfo, Action<Utf8JsonWriter, T> write) : this(value, typeInfo) => this.write = write;

    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => "application/json; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new PooledBuffer(FirstBufferBytes);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ApiJsonContext.Encoder }))
        {
            // The serializer takes the generated writer only when the options carry no converters; ours carry the
            // camel-case enum converter, so it is called directly (half the allocations; the same bytes, which
            // ContractShapeTests checks against the configured options).
            if (write is not null) write(writer, Value);
            else if (typeInfo.SerializeHandler is { } generated) generated(writer, Value);
            else JsonSerializer.Serialize(writer, Value, typeInfo);
        }
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = buffer.Written.Length;
        await response.Body.WriteAsync(buffer.Written, httpContext.RequestAborted);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));

    /// <summary>Bytes in an array rented from the shared pool, grown by renting a larger one; returned on dispose.</summary>
    private sealed class PooledBuffer(int firstBytes) : IBufferWriter<byte>, IDisposable
    {
        private byte[] array = ArrayPool<byte>.Shared.Rent(firstBytes);
        private int written;

        public ReadOnlyMemory<byte> Written => array.AsMemory(0, written);

        public void Advance(int count) => written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(written);

        public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(written);

        private byte[] Reserve(int sizeHint)
        {
            var needed = Math.Max(sizeHint, 1);
            if (array.Length - written >= needed) return array;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(array.Length * 2, written + needed));
            array.AsSpan(0, written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(array);
            return array = larger;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(array);
            array = [];
        }
    }
}
