using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

[Collection(WorkerProcessCollection.Name)]
public sealed class StartupTests(ITestOutputHelper output)
{

    [Theory]
    [InlineData("Worker__BatchSize", "0", "Worker:BatchSize must be between 1 and 10000 (got 0)")]
    [InlineData("Worker__PollInterval", "-00:00:01", "Worker:PollInterval")]
    [InlineData("Worker__SettleTime", "2", "Worker:SettleTime")]
    [InlineData("Worker__ClaimTimeout", "soon", "Worker:ClaimTimeout")]
    [InlineData("Worker__WorkerId", "../escape", "Worker:WorkerId")]
    [InlineData("Worker__MaxCrashAttempts", "0", "Worker:MaxCrashAttempts must be between 1 and 100 (got 0)")]
    [InlineData("Worker__ArticleTimeout", "00:00:00", "Worker:ArticleTimeout")]
    [InlineData("Worker__Inbox", " ", "Worker:Inbox")]
    [InlineData("Neo4j__Uri", "not a uri", "Neo4j:Uri")]
    [InlineData("Neo4j__Uri", "bolt://localhost:7687", "Neo4j:Uri")]
    public async Task An_invalid_setting_stops_the_worker_with_a_message_naming_it(string variable, string value, string expected)
    {
        using var workspace = new Workspace();
        var settings = workspace.Settings();
        settings[variable] = value;
        await using var worker = WorkerProcess.Start(settings, workspace.Root);

        var exitCode = await worker.WaitForExitAsync(Bounds.HangGuard);

        output.WriteLine(worker.OutputText);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, worker.OutputText, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.Store), "a worker with a bad setting must not touch the store");
    }

    [Fact]
    public async Task A_second_worker_with_the_id_of_a_running_one_refuses_to_start()
    {
        using var workspace = new Workspace();
        await using var first = WorkerProcess.Start(workspace.Settings("twin"), workspace.Root);
        await Poll.UntilAsync(() => first.Output.Any(line => line.Contains("watching", StringComparison.Ordinal)), Bounds.HangGuard, () => first.OutputText);

        await using var second = WorkerProcess.Start(workspace.Settings("twin"), workspace.Root);
        var exitCode = await second.WaitForExitAsync(Bounds.HangGuard);

        output.WriteLine(second.OutputText);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Worker:WorkerId \"twin\" is in use", second.OutputText, StringComparison.Ordinal);
        Assert.False(first.HasExited);
    }
}
