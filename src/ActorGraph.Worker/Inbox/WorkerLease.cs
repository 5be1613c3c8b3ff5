using System.Globalization;
using System.Text;

namespace ActorGraph.Worker.Inbox;

/// <summary>
/// This worker's hold on its claim folder: <c>claimed/&lt;id&gt;.lock</c> opened with <see cref="FileShare.None"/> for as
/// long as the worker lives (on Unix .NET takes an exclusive <c>flock</c>, which the kernel drops when the process dies,
/// even by SIGKILL), and its modification time touched as a heartbeat.
/// </summary>
internal sealed class WorkerLease : IDisposable
{
    private readonly InboxLayout _layout;
    private readonly TimeProvider _clock;
    private readonly FileStream _lock;
    private readonly ITimer _heartbeat;
    private bool _disposed;

    private WorkerLease(InboxLayout layout, TimeProvider clock, FileStream held, TimeSpan heartbeatEvery)
    {
        _layout = layout;
        _clock = clock;
        _lock = held;
        Beat();
        _heartbeat = clock.CreateTimer(_ => Beat(), null, heartbeatEvery, heartbeatEvery);
    }

    /// <summary>The interval between heartbeats for a claim timeout: a quarter of it, between 100 ms and 10 s.</summary>
    public static TimeSpan HeartbeatFor(TimeSpan claimTimeout) =>
        TimeSpan.FromTicks(Math.Clamp(claimTimeout.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(10).Ticks));

    /// <summary>Takes the lock, waiting up to <paramref name="patience"/> for a worker that is adopting a dead namesake's files.</summary>
    /// <exception cref="WorkerIdInUseException">Another live process holds the lock.</exception>
    public static async Task<WorkerLease> AcquireAsync(InboxLayout layout, TimeProvider clock, TimeSpan heartbeatEvery, TimeSpan patience, CancellationToken cancellationToken)
    {
        var giveUp = clock.GetUtcNow() + patience;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileStream? held = null;
            try
            {
                held = new FileStream(layout.MyLock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.GetUtcNow() < giveUp)
            {
            }
            catch (IOException exception)
            {
                throw new WorkerIdInUseException(layout.WorkerId, layout.MyLock, exception);
            }

            // An adopter deletes a dead worker's lock file while holding it: a lock won on that unlinked file guards nothing.
            if (held is not null && File.Exists(layout.MyLock))
            {
                Directory.CreateDirectory(layout.Mine);
                Describe(held);
                return new WorkerLease(layout, clock, held, heartbeatEvery);
            }

            if (held is not null)
            {
                await held.DisposeAsync();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), clock, cancellationToken);
        }
    }

    /// <summary>Touches the lock file so other workers see this one is alive.</summary>
    public void Beat()
    {
        try
        {
            File.SetLastWriteTimeUtc(_lock.SafeFileHandle, _clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // A missed beat only brings a takeover closer; the held lock still says this worker is alive.
        }
    }

    /// <summary>Stops the heartbeat; removes the claim folder and lock file when nothing is left in the folder.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _heartbeat.Dispose();
        try
        {
            if (Directory.Exists(_layout.Mine) && !Directory.EnumerateFileSystemEntries(_layout.Mine).Any())
            {
                Directory.Delete(_layout.Mine);
                File.Delete(_layout.MyLock);
            }
        }
        catch (IOException)
        {
            // Left behind, the folder is adopted after the claim timeout like any dead worker's.
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private static void Describe(FileStream held)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName}, started {DateTimeOffset.UtcNow:O}\n");
        held.SetLength(0);
        held.Write(Encoding.UTF8.GetBytes(text));
        held.Flush();
    }
}
