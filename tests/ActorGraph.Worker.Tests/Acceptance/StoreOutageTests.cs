using System.Diagnostics;
using ActorGraph.Worker.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Worker.Tests.Acceptance;

[Collection(WorkerProcessCollection.Name)]
public sealed class StoreOutageTests(ITestOutputHelper output)
{

    [Fact]
    public async Task A_locked_store_is_retried_and_the_outage_logged_once_not_once_per_file()
    {
        using var workspace = new Workspace();
        var files = Corpus.Standard().Files.Where(file => file.Name.EndsWith(".txt", StringComparison.Ordinal) && !file.ShouldFail).Take(12).ToList();
        await using var worker = WorkerProcess.Start(workspace.Settings(batchSize: 3), workspace.Root);
        await Poll.UntilAsync(() => worker.Output.Any(line => line.Contains("watching", StringComparison.Ordinal)), Bounds.HangGuard, () => worker.OutputText);

        // Another writer holds the store's write lock for longer than the store's busy timeout.
        var outage = Stopwatch.StartNew();
        await using (var blocker = new SqliteConnection($"Data Source={workspace.Store};Pooling=False"))
        {
            await blocker.OpenAsync();
            await using (var begin = blocker.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }

            foreach (var file in files)
            {
                await Dropper.WriteAndRenameAsync(workspace.Inbox, file);
            }

            await Poll.UntilAsync(() => worker.Output.Any(line => line.Contains("Store unavailable", StringComparison.Ordinal)), Bounds.Work, () => worker.OutputText);
            Assert.Empty(workspace.ProcessedFiles());
        }

        output.WriteLine($"store released after {outage.Elapsed.TotalSeconds:0.0} s");
        await Poll.UntilAsync(() => workspace.ProcessedFiles().Count == files.Count, Bounds.Work, workspace.Describe);
        worker.Terminate();
        Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));

        output.WriteLine(string.Join('\n', worker.Output.Where(line => line.Contains("Store", StringComparison.Ordinal))));
        Assert.Single(worker.Output, line => line.Contains("Store unavailable (busy or locked), retrying", StringComparison.Ordinal));
        Assert.Single(worker.Output, line => line.Contains("Store available again after", StringComparison.Ordinal));
        Assert.Equal(files.Count, (await StoreProbe.ReadAsync(workspace.Store)).Stats.Articles);
    }
}
