using ActorGraph.Storage.Sqlite;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

/// <summary>The state a crash between the store commit and the file moves leaves behind, set up exactly.</summary>
[Collection(WorkerProcessCollection.Name)]
public sealed class CrashWindowTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_file_committed_but_still_claimed_at_a_crash_is_moved_on_restart_and_not_stored_again()
    {
        using var workspace = new Workspace();
        var file = Corpus.Standard().Files.First(candidate => candidate.Name.EndsWith(".jsonl", StringComparison.Ordinal));
        var claimedFolder = Path.Combine(workspace.Claimed, "crashed");
        Directory.CreateDirectory(claimedFolder);
        var claimed = Path.Combine(claimedFolder, file.Name);
        await File.WriteAllBytesAsync(claimed, file.Content);
        await using (var store = await SqliteGraphStore.OpenAsync(workspace.Store))
        {
            await store.IngestAsync(await Oracle.ExtractAsync(claimed));
        }

        var before = await StoreProbe.ReadAsync(workspace.Store);
        await using var worker = WorkerProcess.Start(workspace.Settings("crashed"), workspace.Root);
        await Poll.UntilAsync(() => workspace.ProcessedFiles().Contains(file.Name), Bounds.Work, workspace.Describe);
        worker.Terminate();
        Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));

        output.WriteLine(string.Join('\n', worker.Output.Where(line => line.Contains("Resuming", StringComparison.Ordinal) || line.Contains("Committed", StringComparison.Ordinal))));
        var after = await StoreProbe.ReadAsync(workspace.Store);
        Assert.Equal(before.Stats, after.Stats);
        Assert.Equal(file.ArticleIds.Count, after.Stats.Articles);
        Assert.Contains(worker.Output, line => line.Contains($"0 new, {file.ArticleIds.Count} unchanged", StringComparison.Ordinal));
        Assert.Empty(workspace.ClaimedFiles());
        Assert.True(File.Exists(Path.Combine(workspace.Processed, file.Name + ".error.txt")));
    }
}
