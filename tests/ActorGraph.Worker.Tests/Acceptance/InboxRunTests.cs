using System.Diagnostics;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

[Collection(WorkerProcessCollection.Name)]
public sealed class InboxRunTests(ITestOutputHelper output)
{

    [Fact]
    public async Task Files_dropped_in_waves_while_running_are_stored_exactly_once_and_bad_ones_reported()
    {
        using var workspace = new Workspace();
        var corpus = Corpus.Standard();
        var clock = Stopwatch.StartNew();
        await using var worker = WorkerProcess.Start(workspace.Settings(), workspace.Root);

        await Dropper.DropWavesAsync(workspace, corpus, waves: 4, seed: 1,
            betweenWaves: _ => Poll.UntilAsync(() => workspace.InboxFiles().Count < 10, Bounds.Work, workspace.Describe));
        await Poll.UntilAsync(() => workspace.AllFinished(corpus), Bounds.Work, workspace.Describe);
        output.WriteLine($"all {corpus.Files.Count} files done after {clock.Elapsed.TotalSeconds:0.0} s");

        worker.Terminate();
        Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));
        Assert.Contains(worker.Output, line => line.Contains("Summary:", StringComparison.Ordinal));
        await Expect.ExactlyOnceAsync(workspace, corpus, output);
    }

    [Fact]
    public async Task Killing_the_worker_at_random_moments_and_restarting_loses_and_duplicates_nothing()
    {
        using var workspace = new Workspace();
        var corpus = Corpus.Standard();
        var random = new Random(4242);
        var clock = Stopwatch.StartNew();
        var worker = WorkerProcess.Start(workspace.Settings("steady", batchSize: 5), workspace.Root);
        try
        {
            var done = () => workspace.ProcessedFiles().Count + workspace.FailedFiles().Count;
            var drops = Dropper.DropWavesAsync(workspace, corpus, waves: 6, seed: 2,
                betweenWaves: _ => Poll.UntilAsync(() => workspace.InboxFiles().Count < 20, Bounds.Work, workspace.Describe));
            for (var kill = 1; kill <= 6; kill++)
            {
                var target = done() + random.Next(3, 25);
                await Poll.UntilAsync(() => done() >= target || workspace.AllFinished(corpus) || drops.IsCompleted && workspace.InboxFiles().Count == 0, Bounds.Work, workspace.Describe);
                await Task.Delay(random.Next(0, 300));
                worker.KillHard();
                await worker.WaitForExitAsync(Bounds.HangGuard);
                await worker.DisposeAsync();
                output.WriteLine($"kill {kill} at {clock.Elapsed.TotalSeconds:0.0} s: {workspace.Describe()}");

                // Odd restarts come back under the same id and resume their own claims; even ones are new workers that
                // must take over the dead one's claims once its lock is free and its heartbeat older than the claim timeout.
                worker = WorkerProcess.Start(workspace.Settings(kill % 2 == 1 ? "steady" : null, batchSize: 5), workspace.Root);
            }

            await drops;
            await Poll.UntilAsync(() => workspace.AllFinished(corpus), Bounds.Work, workspace.Describe);
            output.WriteLine($"all {corpus.Files.Count} files done after {clock.Elapsed.TotalSeconds:0.0} s and 6 kills");
            await worker.WaitUntilWatchingAsync(Bounds.HangGuard);
            worker.Terminate();
            Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));
        }
        finally
        {
            await worker.DisposeAsync();
        }

        await Expect.ExactlyOnceAsync(workspace, corpus, output);
    }

    [Fact]
    public async Task Two_workers_on_one_inbox_and_store_process_every_file_exactly_once()
    {
        using var workspace = new Workspace();
        var corpus = Corpus.Standard();
        var clock = Stopwatch.StartNew();
        await using var first = WorkerProcess.Start(workspace.Settings("first", batchSize: 5), workspace.Root);
        await using var second = WorkerProcess.Start(workspace.Settings("second", batchSize: 5), workspace.Root);

        await Dropper.DropWavesAsync(workspace, corpus, waves: 3, seed: 3,
            betweenWaves: _ => Poll.UntilAsync(() => workspace.InboxFiles().Count < 10, Bounds.Work, workspace.Describe));
        await Poll.UntilAsync(() => workspace.AllFinished(corpus), Bounds.Work, workspace.Describe);
        output.WriteLine($"all {corpus.Files.Count} files done by two workers after {clock.Elapsed.TotalSeconds:0.0} s");

        first.Terminate();
        second.Terminate();
        Assert.Equal(0, await first.WaitForExitAsync(Bounds.HangGuard));
        Assert.Equal(0, await second.WaitForExitAsync(Bounds.HangGuard));
        var firstFiles = first.Output.Count(line => line.Contains("Processed ", StringComparison.Ordinal) || line.Contains("Failed ", StringComparison.Ordinal));
        var secondFiles = second.Output.Count(line => line.Contains("Processed ", StringComparison.Ordinal) || line.Contains("Failed ", StringComparison.Ordinal));
        output.WriteLine($"first worker finished {firstFiles} files, second {secondFiles}");
        Assert.Equal(corpus.Files.Count, firstFiles + secondFiles);
        await Expect.ExactlyOnceAsync(workspace, corpus, output);
    }
}
