# The ActorGraph worker: built with the .NET 10 SDK, run on the .NET 10 runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Restore first, from the project files alone, so source edits do not invalidate the package layer.
COPY src/ActorGraph.Core/ActorGraph.Core.csproj src/ActorGraph.Core/
COPY src/ActorGraph.Extraction/ActorGraph.Extraction.csproj src/ActorGraph.Extraction/
COPY src/ActorGraph.Storage.Sqlite/ActorGraph.Storage.Sqlite.csproj src/ActorGraph.Storage.Sqlite/
COPY src/ActorGraph.Storage.Neo4j/ActorGraph.Storage.Neo4j.csproj src/ActorGraph.Storage.Neo4j/
COPY src/ActorGraph.Worker/ActorGraph.Worker.csproj src/ActorGraph.Worker/
RUN dotnet restore src/ActorGraph.Worker/ActorGraph.Worker.csproj
COPY src/ src/
RUN dotnet publish src/ActorGraph.Worker/ActorGraph.Worker.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY graph-seeds/ ./graph-seeds/
RUN mkdir -p /inbox && chown "$APP_UID" /inbox
USER $APP_UID
VOLUME ["/inbox"]
ENTRYPOINT ["dotnet", "ActorGraph.Worker.dll"]
