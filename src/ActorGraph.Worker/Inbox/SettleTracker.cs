namespace ActorGraph.Worker.Inbox;

/// <summary>
/// Decides when a file in the inbox is completely written: its size and modification time have not changed for
/// the settle time, either as watched across scans or as told by a modification time already that old.
/// </summary>
internal sealed class SettleTracker(TimeProvider clock, TimeSpan settleTime)
{
    private readonly Dictionary<string, Sighting> _seen = new(StringComparer.Ordinal);

    /// <summary>How many files the last scan found waiting in the inbox, settled or not.</summary>
    public int Waiting { get; private set; }

    /// <summary>Lists the inbox and returns the files that are complete, oldest first.</summary>
    public IReadOnlyList<InboxFile> Scan(string inbox)
    {
        var now = clock.GetUtcNow();
        var ready = new List<InboxFile>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var info in new DirectoryInfo(inbox).EnumerateFiles("*", options))
        {
            if (InboxNames.IsIgnored(info.Name))
            {
                continue;
            }

            InboxFile file;
            try
            {
                if (info.LinkTarget is not null)
                {
                    continue;
                }

                file = new InboxFile(info.FullName, info.Length, info.LastWriteTimeUtc);
            }
            catch (FileNotFoundException)
            {
                // Listed, then claimed by another worker before it could be looked at.
                continue;
            }

            present.Add(file.Path);
            if (!_seen.TryGetValue(file.Path, out var sighting) || sighting.Length != file.Length || sighting.LastWriteUtc != file.LastWriteUtc)
            {
                sighting = new Sighting(file.Length, file.LastWriteUtc, now);
                _seen[file.Path] = sighting;
            }

            var watchedFor = now - sighting.Since;
            var untouchedFor = now - new DateTimeOffset(file.LastWriteUtc, TimeSpan.Zero);
            if (watchedFor >= settleTime || untouchedFor >= settleTime)
            {
                ready.Add(file);
            }
        }

        foreach (var gone in _seen.Keys.Where(path => !present.Contains(path)).ToList())
        {
            _seen.Remove(gone);
        }

        Waiting = present.Count;
        ready.Sort((a, b) => a.LastWriteUtc != b.LastWriteUtc ? a.LastWriteUtc.CompareTo(b.LastWriteUtc) : string.CompareOrdinal(a.Path, b.Path));
        return ready;
    }

    /// <summary>Forgets a file, so it has to settle afresh if it comes back.</summary>
    public void Forget(string path) => _seen.Remove(path);

    private readonly record struct Sighting(long Length, DateTime LastWriteUtc, DateTimeOffset Since);
}
