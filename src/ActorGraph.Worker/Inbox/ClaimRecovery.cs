using Microsoft.Extensions.Logging;

namespace ActorGraph.Worker.Inbox;

/// <summary>
/// Takes over the claimed files of dead workers: a claim folder whose lock file nobody holds and whose heartbeat has
/// been silent for the claim timeout. Each file is renamed into this worker's folder, so when two workers adopt at
/// once every file still ends up with exactly one of them.
/// </summary>
internal sealed class ClaimRecovery(InboxLayout layout, TimeProvider clock, TimeSpan claimTimeout, ILogger logger)
{
    /// <summary>Moves every abandoned claim into this worker's folder; returns how many files were adopted.</summary>
    public int AdoptAbandoned()
    {
        var adopted = 0;
        foreach (var folder in Directory.EnumerateDirectories(layout.Claimed))
        {
            var owner = Path.GetFileName(folder);
            if (owner == layout.WorkerId)
            {
                continue;
            }

            try
            {
                adopted += AdoptFrom(owner, folder);
            }
            catch (DirectoryNotFoundException)
            {
                // Another worker adopted it first and removed the folder.
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.AdoptionFailed(owner, exception.Message);
            }
        }

        return adopted;
    }

    private int AdoptFrom(string owner, string folder)
    {
        var lockFile = layout.LockFileOf(owner);
        using var held = TryLock(lockFile, out var alive);
        if (alive)
        {
            return 0;
        }

        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var lastSign = Directory.GetLastWriteTimeUtc(folder);
        if (held is not null)
        {
            var beat = File.GetLastWriteTimeUtc(held.SafeFileHandle);
            lastSign = beat > lastSign ? beat : lastSign;
        }

        if (clock.GetUtcNow().UtcDateTime - lastSign < claimTimeout)
        {
            return 0;
        }

        var adopted = 0;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.'))
            {
                // A half-written error report of the dead worker; it is written again when the file is processed.
                File.Delete(file);
                continue;
            }

            if (AtomicMove.TryMove(file, Path.Combine(layout.Mine, name)) == MoveResult.Moved)
            {
                adopted++;
                logger.Adopted(name, owner);
            }
        }

        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            if (held is not null)
            {
                // Deleted while held: a namesake starting now finds the file gone once it gets the lock, and makes a new one.
                File.Delete(lockFile);
            }
        }

        return adopted;
    }

    // Never creates another worker's lock file: only its owner does, so a deleted one cannot come back under a live lock.
    private static FileStream? TryLock(string lockFile, out bool alive)
    {
        alive = false;
        try
        {
            return new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (IOException)
        {
            alive = true;
            return null;
        }
    }
}
