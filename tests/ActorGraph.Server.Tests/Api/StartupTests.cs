using ActorGraph.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace ActorGraph.Server.Tests.Api;

/// <summary>Bad settings and a missing store stop the server at start, with a message naming the setting or the file.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("--Server:RefreshInterval=00:00:00.001", "Server:RefreshInterval")]
    [InlineData("--Server:ApiKey=short", "Server:ApiKey")]
    [InlineData("--Server:MaxResults=1", "Server:MaxResults")]
    [InlineData("--Server:MaxArticlesPerRequest=0", "Server:MaxArticlesPerRequest")]
    [InlineData("--Server:Store= ", "Server:Store")]
    public async Task A_bad_setting_stops_the_start_naming_it(string setting, string name)
    {
        await using var app = ServerHost.Build("unused.db", loopback: false, setting);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(name, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_setting_stops_the_start_naming_it()
    {
        await using var app = ServerHost.Build("unused.db", loopback: false, "--Server:Stroe=x.db");
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => app.StartAsync());
        Assert.Contains("Stroe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_stops_the_start_and_is_not_created()
    {
        var path = Path.Combine(Path.GetTempPath(), "actorgraph-server-tests", Guid.NewGuid().ToString("N"), "none.db");
        await using var app = ServerHost.Build(path, loopback: false);
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => app.StartAsync());
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Bad_neo4j_settings_stop_the_start_naming_them()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ServerHost.Build("unused.db", loopback: false, "--Neo4j:Uri=not a uri"));
        Assert.Contains("Neo4j:Uri", string.Join(" ", error.Failures), StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Run_returns_exit_code_3_and_an_error_line_for_a_missing_store()
    {
        var path = Path.Combine(Path.GetTempPath(), "actorgraph-server-tests", Guid.NewGuid().ToString("N"), "none.db");
        var code = await ActorGraphServer.RunAsync([$"--Server:Store={path}", "--urls=http://127.0.0.1:0"]);
        Assert.Equal(3, code);
    }
}
