namespace ActorGraph.Cli.Tests;

/// <summary><c>actorgraph serve</c> hands its store and settings to the server, which refuses a bad one at start.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serve_without_a_store_says_so_with_an_error_line_and_creates_none()
    {
        var result = await CliProcess.RunAsync(_folder.Path, null, "serve", "--store", _folder.File("none.db"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"error: no ActorGraph store at {_folder.File("none.db")}", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("none.db")));
    }

    [Fact]
    public async Task Serve_passes_its_settings_to_the_server_which_refuses_a_bad_one_by_name()
    {
        var store = await _folder.SmallWorldAsync();
        var result = await CliProcess.RunAsync(_folder.Path, null, "serve", "--store", store, "--urls", "http://127.0.0.1:0", "--Server:ApiKey=short");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: Server:ApiKey must be at least 16 characters", result.Stderr, StringComparison.Ordinal);
    }
}
