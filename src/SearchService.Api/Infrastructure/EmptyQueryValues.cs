using Microsoft.AspNetCore.Http.Extensions;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// <c>?page=&amp;sort=</c> means "not given", as a submitted HTML form writes it: empty query values are dropped
/// before binding, which would otherwise refuse an empty string as a number, a boolean or an enum.
/// </summary>
public static class EmptyQueryValues
{
    public static IApplicationBuilder DropEmptyQueryValues(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var query = context.Request.Query;
        if (query.Any(p => p.Value.Any(string.IsNullOrEmpty)))
        {
            var kept = new QueryBuilder();
            foreach (var (name, values) in query)
                foreach (var value in values)
                    if (!string.IsNullOrEmpty(value)) kept.Add(name, value);
            context.Request.QueryString = kept.ToQueryString();
        }
        return next(context);
    });
}
