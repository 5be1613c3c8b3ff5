using ActorGraph.Worker.Inbox;
using ActorGraph.Worker.Tests.Support;

namespace ActorGraph.Worker.Tests.Inbox;

public sealed class SettleTrackerTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly Workspace _workspace = new();
    private readonly ManualClock _clock = ManualClock.Now();

    public SettleTrackerTests() => Directory.CreateDirectory(_workspace.Inbox);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_fresh_file_is_taken_only_after_it_stays_unchanged_for_the_settle_time()
    {
        var tracker = new SettleTracker(_clock, Settle);
        Write("a.json", "{}", _clock.GetUtcNow());

        Assert.Empty(tracker.Scan(_workspace.Inbox));
        _clock.Advance(Settle / 2);
        Assert.Empty(tracker.Scan(_workspace.Inbox));
        _clock.Advance(Settle / 2);
        Assert.Single(tracker.Scan(_workspace.Inbox));
    }

    [Fact]
    public void A_file_that_grows_starts_settling_again()
    {
        var tracker = new SettleTracker(_clock, Settle);
        Write("a.json", "{", _clock.GetUtcNow());
        tracker.Scan(_workspace.Inbox);

        _clock.Advance(Settle - TimeSpan.FromMilliseconds(100));
        Write("a.json", "{}", _clock.GetUtcNow());
        Assert.Empty(tracker.Scan(_workspace.Inbox));
        _clock.Advance(Settle - TimeSpan.FromMilliseconds(100));
        Assert.Empty(tracker.Scan(_workspace.Inbox));
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Single(tracker.Scan(_workspace.Inbox));
    }

    [Fact]
    public void A_file_last_written_longer_ago_than_the_settle_time_is_taken_at_first_sight()
    {
        var tracker = new SettleTracker(_clock, Settle);
        Write("old.txt", "Title\nText.", _clock.GetUtcNow() - Settle);

        Assert.Single(tracker.Scan(_workspace.Inbox));
    }

    [Fact]
    public void Temporary_names_are_neither_taken_nor_counted_as_waiting()
    {
        var tracker = new SettleTracker(_clock, Settle);
        Write("a.json.tmp", "{}", _clock.GetUtcNow() - Settle);
        Write(".b.json", "{}", _clock.GetUtcNow() - Settle);
        Write("c.json", "{}", _clock.GetUtcNow());
        Directory.CreateDirectory(Path.Combine(_workspace.Inbox, "subfolder.json"));

        Assert.Empty(tracker.Scan(_workspace.Inbox));
        Assert.Equal(1, tracker.Waiting);
    }

    [Fact]
    public void Settled_files_come_oldest_first()
    {
        var tracker = new SettleTracker(_clock, Settle);
        Write("newer.json", "{}", _clock.GetUtcNow() - Settle);
        Write("older.json", "{}", _clock.GetUtcNow() - Settle * 3);

        Assert.Equal(["older.json", "newer.json"], tracker.Scan(_workspace.Inbox).Select(file => file.Name));
    }

    private void Write(string name, string content, DateTimeOffset modified)
    {
        var path = Path.Combine(_workspace.Inbox, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, modified.UtcDateTime);
    }
}
