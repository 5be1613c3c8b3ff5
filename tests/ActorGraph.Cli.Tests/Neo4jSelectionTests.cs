using System.Net;
using System.Net.Sockets;

namespace ActorGraph.Cli.Tests;

public sealed class Neo4jSelectionTests
{
    [Fact]
    public async Task Neo4j_option_sends_the_command_to_that_server_instead_of_the_store_file()
    {
        // A port nothing listens on: the command must try the server (and say it is unreachable), not open actorgraph.db.
        var port = FreePort();
        using var folder = new StoreFolder();

        var result = await CliProcess.RunAsync(folder.Path, new Dictionary<string, string?> { ["Neo4j__MaxRetries"] = "0" },
            "stats", "--neo4j", $"http://127.0.0.1:{port}");

        // An unreachable store is a store fault: exit code 3.
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "actorgraph.db")));
    }

    [Fact]
    public async Task Invalid_neo4j_uri_is_an_error_naming_the_setting()
    {
        using var folder = new StoreFolder();
        var result = await CliProcess.RunAsync(folder.Path, null, "stats", "--neo4j", "not a uri");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Neo4j:Uri", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_settings_are_read_as_neo4j_keys_and_the_option_wins_for_the_uri()
    {
        var env = new System.Collections.Hashtable { ["Neo4j__Uri"] = "http://env:7474", ["Neo4j__User"] = "neo4j", ["PATH"] = "/bin" };
        var settings = StoreLocation.Neo4jSettings("http://option:7474", env)!;
        Assert.Equal("http://option:7474", settings["Neo4j:Uri"]);
        Assert.Equal("neo4j", settings["Neo4j:User"]);
        Assert.Null(StoreLocation.Neo4jSettings(null, new System.Collections.Hashtable { ["PATH"] = "/bin" }));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
