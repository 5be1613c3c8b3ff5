using ActorGraph.Worker.Processing;
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

    /// <summary>
    /// Removes the empty claim folders and the lock files of dead workers (nobody holds the lock), which a killed worker
    /// leaves behind; returns how many were removed. Folders with files in them wait for adoption.
    /// </summary>
    public int SweepStale()
    {
        var removed = 0;
        var owners = Directory.EnumerateDirectories(layout.Claimed).Select(Path.GetFileName)
            .Concat(Directory.EnumerateFiles(layout.Claimed, "*.lock").Select(Path.GetFileNameWithoutExtension))
            .OfType<string>().Where(owner => owner != layout.WorkerId).Distinct(StringComparer.Ordinal).ToList();
        foreach (var owner in owners)
        {
            try
            {
                var lockFile = layout.LockFileOf(owner);
                using var held = TryLock(lockFile, out var alive);
                var folder = layout.ClaimFolderOf(owner);
                if (alive || Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    continue;
                }

                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder);
                    removed++;
                }

                if (held is not null)
                {
                    File.Delete(lockFile);
                    removed++;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.AdoptionFailed(owner, exception.Message);
            }
        }

        return removed;
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
        foreach (var file in Directory.EnumerateFiles(folder).ToList())
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var mine = Path.Combine(layout.Mine, name);
            if (AtomicMove.TryMove(file, mine) == MoveResult.Moved)
            {
                adopted++;
                logger.Adopted(name, owner);

                // The count of deaths on this file goes with it, so a file that kills every worker is still quarantined.
                var marker = CrashAttempts.MarkerOf(file);
                if (File.Exists(marker))
                {
                    File.Move(marker, CrashAttempts.MarkerOf(mine), overwrite: true);
                }
            }
        }

        foreach (var file in Directory.EnumerateFiles(folder, ".*").ToList())
        {
            // Half-written error reports of the dead worker (written again when the file is processed) and markers of
            // files another adopter took.
            File.Delete(file);
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
