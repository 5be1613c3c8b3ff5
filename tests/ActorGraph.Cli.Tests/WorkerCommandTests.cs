namespace ActorGraph.Cli.Tests;

public sealed class WorkerCommandTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Worker_passes_its_settings_to_the_host_which_refuses_a_bad_one_by_name()
    {
        var result = await CliProcess.RunAsync(_folder.Path, null,
            "worker", "--inbox", _folder.File("inbox"), "--store", _folder.File("graph.db"), "--Worker:BatchSize=0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Worker:BatchSize must be between 1 and 10000 (got 0)", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("graph.db")));
    }
}
