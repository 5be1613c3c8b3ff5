using System.Diagnostics;
using System.Globalization;
using System.Text;
using ActorGraph.Tests.Shared;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

[Collection(WorkerProcessCollection.Name)]
public sealed class StoreFaultTests(ITestOutputHelper output)
{
    [MountFact]
    public async Task A_full_disk_under_the_store_sends_no_good_file_to_failed_and_the_worker_resumes_when_space_returns()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Inbox);
        const int Files = 600;
        var names = Enumerable.Range(0, Files).Select(i => string.Create(CultureInfo.InvariantCulture, $"full-{i:0000}.txt")).ToList();
        for (var i = 0; i < Files; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(workspace.Inbox, names[i]), Encoding.UTF8.GetBytes($"{Some.Title(i)}\n\n{Some.ArticleText(i)}\n"));
        }

        using var disk = Mounts.Tmpfs(Path.Combine(workspace.Root, "small-disk"), kilobytes: 512);
        var store = Path.Combine(disk.Path, "graph.db");
        var settings = workspace.Settings(batchSize: 20);
        settings["Worker__Store"] = store;
        settings["Worker__MaxRetryDelay"] = "00:00:00.500";
        await using var worker = WorkerProcess.Start(settings, workspace.Root);

        // Real ENOSPC: SQLite reports error 13, the worker names the fault and retries with every file left in place.
        await Poll.UntilAsync(() => worker.Output.Any(line => line.Contains("Store unavailable (disk full)", StringComparison.Ordinal)), Bounds.Work, () => worker.OutputText);
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var duringOutage = workspace.Describe();
        output.WriteLine($"disk full; 3 s later: {duringOutage}");
        Assert.Empty(workspace.FailedFiles());
        Assert.False(worker.HasExited, worker.OutputText);

        disk.Grow(kilobytes: 256 * 1024);
        await Poll.UntilAsync(() => workspace.ProcessedFiles().Count + workspace.FailedFiles().Count == Files, Bounds.Work, workspace.Describe);
        output.WriteLine($"all {Files} files done {clock.Elapsed.TotalSeconds:0.0} s after the disk filled");
        worker.Terminate();
        Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));

        var probe = await StoreProbe.ReadAsync(store);
        output.WriteLine($"stored {probe.ArticleIds.Count} articles, {probe.DuplicateEvents} duplicate events, {workspace.FailedFiles().Count} files in failed/");
        Assert.Empty(workspace.FailedFiles());
        Assert.Equal(names.Order(StringComparer.Ordinal), probe.ArticleIds.Order(StringComparer.Ordinal));
        Assert.Equal(0, probe.DuplicateEvents);
        Assert.Single(worker.Output, line => line.Contains("Store unavailable (disk full)", StringComparison.Ordinal));
        Assert.Contains(worker.Output, line => line.Contains("Store available again after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_claim_folders_and_lock_files_of_killed_workers_are_removed_at_start()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Claimed);
        Directory.CreateDirectory(Path.Combine(workspace.Claimed, "killed-1"));
        await File.WriteAllTextAsync(Path.Combine(workspace.Claimed, "killed-1.lock"), "pid 1");
        await File.WriteAllTextAsync(Path.Combine(workspace.Claimed, "killed-2.lock"), "pid 2");
        Directory.CreateDirectory(Path.Combine(workspace.Claimed, "killed-3"));

        await using var worker = WorkerProcess.Start(workspace.Settings("sweeper"), workspace.Root);
        await worker.WaitUntilWatchingAsync(Bounds.HangGuard);
        await Poll.UntilAsync(() => worker.Output.Any(line => line.Contains("Removed", StringComparison.Ordinal)), Bounds.HangGuard, () => worker.OutputText);

        Assert.Equal(["sweeper", "sweeper.lock"], Directory.EnumerateFileSystemEntries(workspace.Claimed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        worker.Terminate();
        Assert.Equal(0, await worker.WaitForExitAsync(Bounds.HangGuard));
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Claimed));
    }

    [Fact]
    public async Task A_worker_that_cannot_start_says_why_on_stderr_and_nothing_on_stdout()
    {
        using var workspace = new Workspace();
        await File.WriteAllTextAsync(workspace.Store, string.Concat(Enumerable.Repeat("Not a database, just notes.\n", 40)));

        await using var worker = WorkerProcess.Start(workspace.Settings(), workspace.Root);

        Assert.Equal(3, await worker.WaitForExitAsync(Bounds.HangGuard));
        output.WriteLine(worker.OutputText);
        Assert.Contains(worker.Output, line => line.Contains("is not an ActorGraph store", StringComparison.Ordinal));
        Assert.DoesNotContain(worker.Stdout, line => line.Contains("is not an ActorGraph store", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_name_with_terminal_controls_reaches_the_log_as_visible_escapes()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Inbox);
        var name = "evil\u001b]0;owned\u0007\u001b[2J\u202e.txt";
        await File.WriteAllTextAsync(Path.Combine(workspace.Inbox, name), "Talks\n\nChinese President Xi Jinping held talks with Vladimir Putin.\n");

        await using var worker = WorkerProcess.Start(workspace.Settings(), workspace.Root);
        await Poll.UntilAsync(() => workspace.ProcessedFiles().Contains(name), Bounds.Work, workspace.Describe);
        await Poll.UntilAsync(() => worker.Output.Any(line => line.Contains("Processed", StringComparison.Ordinal)), Bounds.HangGuard, () => worker.OutputText);
        worker.Terminate();
        await worker.WaitForExitAsync(Bounds.HangGuard);

        Assert.DoesNotContain('\u001b', worker.OutputText);
        Assert.DoesNotContain('\u0007', worker.OutputText);
        Assert.DoesNotContain('\u202e', worker.OutputText);
        Assert.Contains(@"evil\x1B]0;owned\x07\x1B[2J\u202E.txt", worker.OutputText, StringComparison.Ordinal);
    }
}
