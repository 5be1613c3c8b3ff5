using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
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

        // The periodic summary (every 2 s here) reports throughput and the queue.
        await Poll.UntilAsync(() => worker.Output.Any(line => line.Contains("Summary:", StringComparison.Ordinal)), Bounds.HangGuard, () => worker.OutputText);
        worker.Terminate();
        Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));
        await Expect.ExactlyOnceAsync(workspace, corpus, output);
    }

    private const int MaxKills = 12;

    [Fact]
    public async Task Killing_the_worker_at_random_moments_and_restarting_loses_and_duplicates_nothing()
    {
        using var workspace = new Workspace();
        var corpus = Corpus.Standard();
        var random = new Random(4242);
        var clock = Stopwatch.StartNew();
        var workerId = "steady";
        var workers = new List<WorkerProcess> { WorkerProcess.Start(KillSettings(workspace, workerId), workspace.Root) };
        var killsMidBatch = 0;
        var kills = 0;
        try
        {
            var drops = Dropper.DropWavesAsync(workspace, corpus, waves: 6, seed: 2,
                betweenWaves: _ => Poll.UntilAsync(() => workspace.InboxFiles().Count < 20, Bounds.Work, workspace.Describe));
            // Six kills, and more (up to twelve) while fewer than three have landed with files claimed: how long a
            // batch takes depends on how busy the machine is, and the point is to kill workers in the middle of one.
            for (var kill = 1; kill <= 6 || kill <= MaxKills && killsMidBatch < 3 && !workspace.AllFinished(corpus); kill++)
            {
                // Aim at a batch in the running worker's hands (files in its claim folder), then let a seeded 0-150 ms
                // pass, so the kills land across the claim, read, ingest and move steps and the next batch.
                await workers[^1].WaitUntilWatchingAsync(Bounds.HangGuard);
                var mine = Path.Combine(workspace.Claimed, workerId);
                await Poll.UntilAsync(() => Directory.Exists(mine) && Directory.EnumerateFiles(mine).Any() || workspace.AllFinished(corpus), Bounds.Work, workspace.Describe, TimeSpan.FromMilliseconds(1));
                await Task.Delay(random.Next(0, 150));
                var before = workspace.Describe();
                workers[^1].KillHard();
                await workers[^1].WaitForExitAsync(Bounds.HangGuard);
                killsMidBatch += workspace.ClaimedFiles().Count > 0 ? 1 : 0;
                kills = kill;
                output.WriteLine($"kill {kill} at {clock.Elapsed.TotalSeconds:0.0} s: {before} -> {workspace.Describe()}");

                // Odd restarts come back under the same id and resume their own claims; even ones are new workers that
                // must take over the dead one's claims once its lock is free and its heartbeat older than the claim timeout.
                workerId = kill % 2 == 1 ? "steady" : $"fresh{kill}";
                workers.Add(WorkerProcess.Start(KillSettings(workspace, workerId), workspace.Root));
            }

            await drops;
            await Poll.UntilAsync(() => workspace.AllFinished(corpus), Bounds.Work, workspace.Describe);
            output.WriteLine($"all {corpus.Files.Count} files done after {clock.Elapsed.TotalSeconds:0.0} s and {kills} kills, {killsMidBatch} of them with files claimed");
            await workers[^1].WaitUntilWatchingAsync(Bounds.HangGuard);
            workers[^1].Terminate();
            Assert.Equal(0, await workers[^1].WaitForExitAsync(Bounds.HangGuard));
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }

        var resumed = workers.Sum(worker => worker.Output.Count(line => line.Contains("Resuming", StringComparison.Ordinal)));
        var adopted = workers.Sum(worker => worker.Output.Count(line => line.Contains("Took over", StringComparison.Ordinal)));
        var reingested = workers.SelectMany(worker => worker.Output).Select(line => Regex.Match(line, @"(\d+) unchanged")).Where(match => match.Success).Sum(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        output.WriteLine($"restarts resumed their own claims {resumed} times; files taken over from dead workers: {adopted}; articles found already stored on re-ingest: {reingested}");
        Assert.True(killsMidBatch >= 3, $"only {killsMidBatch} kills landed with files claimed");
        Assert.True(resumed + adopted > 0, "no restart had claimed files to recover");
        await Expect.ExactlyOnceAsync(workspace, corpus, output);
    }

    // A SIGKILL while a file is being read counts as a death on that file, as a crash would; these kills aim at batches
    // in hand, so the quarantine threshold is set above the number of kills to keep it out of this test.
    private static Dictionary<string, string> KillSettings(Workspace workspace, string workerId)
    {
        var settings = workspace.Settings(workerId, batchSize: 5);
        settings["Worker__MaxCrashAttempts"] = (MaxKills + 1).ToString(CultureInfo.InvariantCulture);
        return settings;
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
