using ActorGraph.Worker.Inbox;
using ActorGraph.Worker.Processing;
using ActorGraph.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorGraph.Worker.Tests.Inbox;

public sealed class ClaimRecoveryTests : IDisposable
{
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(30);
    private readonly Workspace _workspace = new();
    private readonly ManualClock _clock = ManualClock.Now();
    private readonly InboxLayout _me;

    public ClaimRecoveryTests()
    {
        _me = new InboxLayout(_workspace.Inbox, "me");
        _me.Create();
        Directory.CreateDirectory(_me.Mine);
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Claims_of_a_dead_worker_are_adopted_once_its_heartbeat_is_older_than_the_claim_timeout()
    {
        var dead = LeaveClaims("dead", "a.txt", "b.json");
        var recovery = new ClaimRecovery(_me, _clock, ClaimTimeout, NullLogger.Instance);

        _clock.Advance(ClaimTimeout - TimeSpan.FromSeconds(1));
        Assert.Equal(0, recovery.AdoptAbandoned());

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, recovery.AdoptAbandoned());
        Assert.Equal(["a.txt", "b.json"], Directory.EnumerateFiles(_me.Mine).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(dead.Mine));
        Assert.False(File.Exists(dead.MyLock));
    }

    [Fact]
    public async Task Claims_of_a_worker_holding_its_lock_are_left_alone_however_old_its_heartbeat()
    {
        var alive = new InboxLayout(_workspace.Inbox, "alive");
        using (var lease = await WorkerLease.AcquireAsync(alive, _clock, TimeSpan.FromHours(1), TimeSpan.Zero, CancellationToken.None))
        {
            File.WriteAllText(Path.Combine(alive.Mine, "a.txt"), "Title\nText.");
            var recovery = new ClaimRecovery(_me, _clock, ClaimTimeout, NullLogger.Instance);

            _clock.Advance(ClaimTimeout * 10);
            Assert.Equal(0, recovery.AdoptAbandoned());
            Assert.True(File.Exists(Path.Combine(alive.Mine, "a.txt")));
        }
    }

    [Fact]
    public async Task A_second_lease_on_a_held_worker_id_is_refused()
    {
        var layout = new InboxLayout(_workspace.Inbox, "twin");
        using var first = await WorkerLease.AcquireAsync(layout, _clock, TimeSpan.FromHours(1), TimeSpan.Zero, CancellationToken.None);

        await Assert.ThrowsAsync<WorkerIdInUseException>(() => WorkerLease.AcquireAsync(layout, _clock, TimeSpan.FromHours(1), TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public void An_adopted_file_keeps_its_count_of_deaths()
    {
        var dead = LeaveClaims("dead", "poison.html");
        CrashAttempts.Begin(Path.Combine(dead.Mine, "poison.html"), died: 1);
        var recovery = new ClaimRecovery(_me, _clock, ClaimTimeout, NullLogger.Instance);

        _clock.Advance(ClaimTimeout * 2);
        Assert.Equal(1, recovery.AdoptAbandoned());

        Assert.Equal(2, CrashAttempts.Died(Path.Combine(_me.Mine, "poison.html")));
        Assert.False(Directory.Exists(dead.Mine));
    }

    [Fact]
    public async Task Sweeping_removes_empty_folders_and_lock_files_of_dead_workers_only()
    {
        LeaveClaims("empty");
        LeaveClaims("holding", "a.txt");
        File.WriteAllText(new InboxLayout(_workspace.Inbox, "lockonly").MyLock, "pid 3");
        var alive = new InboxLayout(_workspace.Inbox, "alive");
        using var lease = await WorkerLease.AcquireAsync(alive, _clock, TimeSpan.FromHours(1), TimeSpan.Zero, CancellationToken.None);

        var removed = new ClaimRecovery(_me, _clock, ClaimTimeout, NullLogger.Instance).SweepStale();

        Assert.Equal(3, removed);
        Assert.Equal(
            ["alive", "alive.lock", "holding", "holding.lock", "me"],
            Directory.EnumerateFileSystemEntries(_me.Claimed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // A worker that died by SIGKILL: its folder and lock file are left, and nobody holds the lock.
    private InboxLayout LeaveClaims(string workerId, params string[] names)
    {
        var layout = new InboxLayout(_workspace.Inbox, workerId);
        Directory.CreateDirectory(layout.Mine);
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(layout.Mine, name), "x");
        }

        File.WriteAllText(layout.MyLock, "pid 1");
        File.SetLastWriteTimeUtc(layout.MyLock, _clock.GetUtcNow().UtcDateTime);
        Directory.SetLastWriteTimeUtc(layout.Mine, _clock.GetUtcNow().UtcDateTime);
        return layout;
    }
}
