using System.Diagnostics;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

[Collection(WorkerProcessCollection.Name)]
public sealed class ShutdownTests(ITestOutputHelper output)
{

    [Fact]
    public async Task Sigterm_mid_run_exits_with_code_0_leaving_only_whole_batches_stored_and_the_rest_in_the_inbox()
    {
        using var workspace = new Workspace();
        var corpus = Corpus.Standard();
        Directory.CreateDirectory(workspace.Inbox);
        foreach (var file in corpus.Files)
        {
            await Dropper.WriteAndRenameAsync(workspace.Inbox, file);
        }

        await using (var worker = WorkerProcess.Start(workspace.Settings(batchSize: 10), workspace.Root))
        {
            await Poll.UntilAsync(() => workspace.ProcessedFiles().Count >= 25, Bounds.Work, workspace.Describe);
            var stopping = Stopwatch.StartNew();
            worker.Terminate();
            var exitCode = await worker.WaitForExitAsync(Bounds.HangGuard);
            output.WriteLine($"exited with {exitCode} {stopping.ElapsedMilliseconds} ms after SIGTERM; {workspace.Describe()}");
            Assert.Equal(0, exitCode);
        }

        // Whole batches: the store holds exactly the articles of the files in processed/, none of the others.
        var processed = workspace.ProcessedFiles().ToHashSet(StringComparer.Ordinal);
        Assert.True(processed.Count < corpus.Files.Count(file => !file.ShouldFail), "the stop came too late to interrupt anything");
        var stored = (await StoreProbe.ReadAsync(workspace.Store)).ArticleIds.Order(StringComparer.Ordinal);
        var ofProcessed = corpus.Files.Where(file => processed.Contains(file.Name)).SelectMany(file => file.ArticleIds).Order(StringComparer.Ordinal);
        Assert.Equal(ofProcessed, stored);
        Assert.Empty(workspace.ClaimedFiles());
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Claimed));
        Assert.Equal(corpus.Files.Count, workspace.InboxFiles().Count + processed.Count + workspace.FailedFiles().Count);

        // The unfinished files went back to the inbox: a restart finishes them, still exactly once.
        await using (var restarted = WorkerProcess.Start(workspace.Settings(batchSize: 10), workspace.Root))
        {
            await Poll.UntilAsync(() => workspace.AllFinished(corpus), Bounds.Work, workspace.Describe);
            restarted.Terminate();
            Assert.Equal(0, await restarted.WaitForExitAsync(Bounds.HangGuard));
        }

        await Expect.ExactlyOnceAsync(workspace, corpus, output);
    }
}
