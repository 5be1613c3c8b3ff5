using System.Diagnostics;
using System.Globalization;
using System.Text;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Acceptance;

[Collection(WorkerProcessCollection.Name)]
public sealed class PoisonTests(ITestOutputHelper output)
{
    /// <summary>How many good files the poison run drops; set <c>ACTORGRAPH_WORKER_SOAK_FILES=10000</c> for the acceptance run.</summary>
    private static readonly int GoodFiles =
        int.TryParse(Environment.GetEnvironmentVariable("ACTORGRAPH_WORKER_SOAK_FILES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;

    private const string CrashMarker = "crash-me";

    [Fact]
    public async Task Poison_files_and_a_file_that_kills_the_process_do_not_jam_the_worker_and_every_good_article_is_stored_once()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Inbox);
        var good = GoodNames();
        var poison = Poison();
        var clock = Stopwatch.StartNew();

        // The crashing file first in name order, so it is also the first file every restart resumes.
        foreach (var (name, content) in poison)
        {
            await DropAsync(workspace.Inbox, name, content);
        }

        for (var i = 0; i < good.Count; i++)
        {
            await DropAsync(workspace.Inbox, good[i], Encoding.UTF8.GetBytes($"{Some.Title(i)}\n\n{Some.ArticleText(i)}\n"));
        }

        var settings = workspace.Settings("poisoned", batchSize: 20);
        settings[Support.TestCrash.Variable] = CrashMarker;
        settings["Worker__MaxCrashAttempts"] = "3";
        settings["Worker__MaxFileBytes"] = "1048576";
        await using var supervisor = new Supervisor(() => WorkerProcess.Start(settings, workspace.Root), maxDeaths: 12);
        var total = good.Count + poison.Count;
        await supervisor.RunUntilAsync(
            () => workspace.ProcessedFiles().Count + workspace.FailedFiles().Count >= total && workspace.ClaimedFiles().Count == 0,
            Bounds.Work + TimeSpan.FromMilliseconds(good.Count * 50.0), workspace.Describe);
        output.WriteLine($"{total} files done after {clock.Elapsed.TotalSeconds:0.0} s; the worker died {supervisor.Deaths} times and was restarted");

        var last = supervisor.Workers[^1];
        last.Terminate();
        Assert.Equal(0, await last.WaitForExitAsync(Bounds.HangGuard));

        var probe = await StoreProbe.ReadAsync(workspace.Store);
        var stored = probe.ArticleIds.ToHashSet(StringComparer.Ordinal);
        var failed = workspace.FailedFiles();
        var processed = workspace.ProcessedFiles();
        var goodStored = good.Count(stored.Contains);
        var goodFailed = good.Count(failed.Contains);
        output.WriteLine($"good files: {good.Count}; stored {goodStored}; duplicate events {probe.DuplicateEvents}; good files in failed/ {goodFailed}; " +
            $"failed/ holds {failed.Count} files: {string.Join(", ", failed.Order(StringComparer.Ordinal))}");
        foreach (var line in workspace.ReportLines(workspace.Failed))
        {
            output.WriteLine("  " + line);
        }

        Assert.Equal(good.Count, goodStored);
        Assert.Equal(0, goodFailed);
        Assert.Equal(0, probe.DuplicateEvents);
        Assert.Equal(probe.ArticleIds.Count, probe.ArticleIds.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(processed, name => name.Contains('~', StringComparison.Ordinal));
        Assert.Equal(total, processed.Count + failed.Count);

        // The file that kills the process cost exactly three deaths, then went to failed/ with the reason.
        Assert.True(supervisor.Deaths >= 3, $"only {supervisor.Deaths} deaths");
        Assert.Contains(CrashMarker + ".txt", failed);
        var report = await File.ReadAllTextAsync(Path.Combine(workspace.Failed, CrashMarker + ".txt.error.txt"));
        Assert.Contains("the worker died 3 times while reading or extracting this file", report, StringComparison.Ordinal);
        Assert.Empty(workspace.InboxFiles());
        Assert.Empty(workspace.ClaimedFiles());
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.Claimed, ".*", SearchOption.AllDirectories));
    }

    private static List<string> GoodNames() =>
        Enumerable.Range(0, GoodFiles).Select(i => string.Create(CultureInfo.InvariantCulture, $"good-{i:00000}.txt")).ToList();

    // Inputs that broke the reader or extractor when issue 15 was filed, and one that always kills the process.
    private static List<(string Name, byte[] Content)> Poison()
    {
        const string Talk = "<p>Xi Jinping held talks with Vladimir Putin.</p>";
        var deep = "<html><body><article>" + string.Concat(Enumerable.Repeat("<span>", 20_000)) + Talk
            + string.Concat(Enumerable.Repeat("</span>", 20_000)) + "</article></body></html>\n";
        return
        [
            (CrashMarker + ".txt", Encoding.UTF8.GetBytes("Crash\n\nVladimir Putin met Xi Jinping.\n")),
            ("deep.html", Encoding.UTF8.GetBytes(deep)),
            ("lone-surrogate.json", Encoding.UTF8.GetBytes("{\"id\":\"lone\",\"text\":\"Vladimir Putin held talks with Xi Jinping \\ud800.\"}\n")),
            ("emoji.txt", Encoding.UTF8.GetBytes("T\nPutin\U0001F600 met Xi.\n")),
            ("air.txt", Encoding.UTF8.GetBytes("Strikes\n\nRussia struck Ukraine's air")),
            ("year-one.json", Encoding.UTF8.GetBytes("{\"id\":\"year-one\",\"published\":\"0001-01-01\",\"text\":\"Vladimir Putin met Xi Jinping yesterday.\"}\n")),
            ("year-max.json", Encoding.UTF8.GetBytes("{\"id\":\"year-max\",\"published\":\"9999-12-31\",\"text\":\"Vladimir Putin will meet Xi Jinping next week.\"}\n")),
        ];
    }

    private static async Task DropAsync(string inbox, string name, byte[] content)
    {
        var temporary = Path.Combine(inbox, name + ".tmp");
        await File.WriteAllBytesAsync(temporary, content);
        File.Move(temporary, Path.Combine(inbox, name));
    }
}
