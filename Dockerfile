# SearchService: API + page, serving the corpus in seeds/ (index built on first start into the index-data volume).
#   docker build -t searchservice .
#   docker run -p 8080:8080 -v searchservice-index:/app/index-data searchservice
#   curl 'http://localhost:8080/api/search?q=劳模'

# 1. Build and publish the API.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props SearchService.sln ./
COPY src/ src/
RUN dotnet publish src/SearchService.Api/SearchService.Api.csproj -c Release -o /app

# 2. Run as the image's non-root user. (The SmartCn dictionaries are inside the published Lucene.Net.Analysis.SmartCn
#    assembly: no Java, no jar.)
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ ./seeds/
RUN mkdir -p /app/index-data && chown -R app:app /app/index-data
ENV ASPNETCORE_URLS=http://+:8080 \
    Index__Path=/app/index-data \
    Sources__Path=/app/seeds
USER app
VOLUME ["/app/index-data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "SearchService.Api.dll"]
