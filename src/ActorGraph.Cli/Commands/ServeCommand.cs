using System.CommandLine;
using ActorGraph.Server;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph serve</c>: the JSON API and the explorer page over the store, in the foreground until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default: {ActorGraphServer.DefaultUrl}, loopback only)." };
        var command = new Command("serve", "Serve the graph over HTTP: the API under /api/v1, its OpenAPI document and the explorer page at /. Server:* settings pass through, e.g. --Server:ApiKey=... to allow writes.")
        {
            urls,
            StoreLocation.StoreOption,
        };

        // Unknown tokens are configuration for the host (--Server:RefreshInterval=00:00:05, --Serilog:MinimumLevel:Default=Warning).
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => ActorGraphServer.RunAsync(HostArguments(parseResult, urls), cancellationToken));
        return command;
    }

    /// <summary>The server's configuration arguments: pass-through tokens, then the store, Neo4j and listen address when given.</summary>
    private static string[] HostArguments(ParseResult parseResult, Option<string?> urls)
    {
        var args = new List<string>(parseResult.UnmatchedTokens);
        if (parseResult.GetValue(urls) is { Length: > 0 } listen)
        {
            args.Add($"--urls={listen}");
        }

        args.Add($"--{ServerOptions.SectionName}:{nameof(ServerOptions.Store)}={StoreLocation.Resolve(parseResult)}");
        if (StoreLocation.Neo4jSettings(parseResult) is { } neo4j)
        {
            args.AddRange(neo4j.Select(setting => $"--{setting.Key}={setting.Value}"));
        }

        return [.. args];
    }
}
