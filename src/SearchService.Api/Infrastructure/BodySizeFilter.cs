using Microsoft.Extensions.Options;
using SearchService.Core;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Refuses a declared body over <see cref="LimitsOptions.MaxBodyBytes"/> before reading it. Kestrel enforces the same
/// limit on bodies without a declared length; together every host (including the test server) answers 413.
/// </summary>
public sealed class BodySizeFilter(IOptions<LimitsOptions> limits) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var max = limits.Value.MaxBodyBytes;
        if (context.HttpContext.Request.ContentLength is { } length && length > max)
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "Body too large",
                $"The request body has {length:N0} bytes; the limit is {max:N0} (Limits:MaxBodyBytes). Split the document or raise the limit.",
                new Dictionary<string, object?> { ["limit"] = max });
        return await next(context);
    }
}
