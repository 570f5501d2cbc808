using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Names the query parameter a request could not be bound from (<c>size=abc</c>, <c>sort=x</c>) and says what it
/// takes, from the endpoint's <c>[AsParameters]</c> record: minimal APIs report only "failed to bind".
/// </summary>
public static class BindingFailures
{
    public static (string Parameter, string Detail)? Describe(HttpContext http)
    {
        // The exception handler runs with the endpoint cleared from the context; the feature keeps it.
        var endpoint = http.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler) return null;
        var properties = handler.GetParameters()
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .SelectMany(p => p.ParameterType.GetProperties());
        foreach (var property in properties)
        {
            if (property.GetCustomAttribute<FromQueryAttribute>() is not { } from) continue;
            var name = from.Name ?? property.Name;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            foreach (var raw in http.Request.Query[name])
            {
                if (string.IsNullOrEmpty(raw) || Parses(type, raw)) continue;
                return (name, Expected(name, raw, type));
            }
        }
        return null;
    }

    private static bool Parses(Type type, string raw)
    {
        if (type == typeof(int)) return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        if (type == typeof(bool)) return bool.TryParse(raw, out _);
        if (IsQueryEnum(type)) return (bool)type.GetMethod("TryParse")!.Invoke(null, [raw, null])!;
        return true;
    }

    private static string Expected(string name, string raw, Type type)
    {
        if (type == typeof(int)) return $"{name}='{raw}' must be a whole number.";
        if (type == typeof(bool)) return $"{name}='{raw}' must be true or false.";
        var names = (IReadOnlyList<string>)type.GetProperty("Names")!.GetValue(null)!;
        var choices = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
        return $"{name}='{raw}' is not supported; use {choices}.";
    }

    private static bool IsQueryEnum(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(QueryEnum<>);
}
