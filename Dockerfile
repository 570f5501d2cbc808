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

# 2. The SmartCn dictionaries: Lucene's smartcn jar from Debian's liblucene4.10-java. Only the jar is extracted
#    (apt-get download + dpkg-deb), so no Java runtime is pulled in.
FROM debian:bookworm-slim AS smartcn
WORKDIR /tmp/smartcn
RUN apt-get update \
 && apt-get download liblucene4.10-java \
 && dpkg-deb -x liblucene4.10-java_*.deb root \
 && cp root/usr/share/java/lucene-analyzers-smartcn-4.10.4.jar /lucene-analyzers-smartcn.jar

# 3. Run as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY --from=smartcn /lucene-analyzers-smartcn.jar /usr/share/java/lucene-analyzers-smartcn-4.10.4.jar
COPY seeds/ ./seeds/
RUN mkdir -p /app/index-data && chown -R app:app /app/index-data
ENV ASPNETCORE_URLS=http://+:8080 \
    Index__Path=/app/index-data \
    Sources__Path=/app/seeds \
    SMARTCN_JAR=/usr/share/java/lucene-analyzers-smartcn-4.10.4.jar
USER app
VOLUME ["/app/index-data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "SearchService.Api.dll"]
