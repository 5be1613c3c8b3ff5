namespace ActorGraph.Worker.Tests.Support;

/// <summary>Drops files into an inbox as real writers do: whole under a temporary name then renamed, or slowly in place.</summary>
internal static class Dropper
{
    /// <summary>Drops the corpus in waves, every seventh file written slowly in place, the rest by rename.</summary>
    public static async Task DropWavesAsync(Workspace workspace, Corpus corpus, int waves, int seed, Func<int, Task>? betweenWaves = null)
    {
        Directory.CreateDirectory(workspace.Inbox);
        var random = new Random(seed);
        var order = corpus.Files.OrderBy(_ => random.Next()).ToList();
        var perWave = (order.Count + waves - 1) / waves;
        for (var wave = 0; wave < waves; wave++)
        {
            var drops = order.Skip(wave * perWave).Take(perWave)
                .Select((file, i) => i % 7 == 3 ? WriteSlowlyAsync(workspace.Inbox, file) : WriteAndRenameAsync(workspace.Inbox, file));
            await Task.WhenAll(drops);
            if (betweenWaves is not null && wave < waves - 1)
            {
                await betweenWaves(wave);
            }
        }
    }

    public static async Task WriteAndRenameAsync(string inbox, CorpusFile file)
    {
        var temporary = Path.Combine(inbox, file.Name + ".tmp");
        await File.WriteAllBytesAsync(temporary, file.Content);
        File.Move(temporary, Path.Combine(inbox, file.Name));
    }

    // Three chunks with pauses shorter than the settle time: the worker must wait for the last one. The writes block on
    // a thread of their own, so a busy thread pool cannot stretch a pause past the settle time.
    public static Task WriteSlowlyAsync(string inbox, CorpusFile file) => Task.Factory.StartNew(() =>
    {
        using var stream = new FileStream(Path.Combine(inbox, file.Name), FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        var chunk = Math.Max(1, (file.Content.Length + 2) / 3);
        for (var offset = 0; offset < file.Content.Length; offset += chunk)
        {
            stream.Write(file.Content, offset, Math.Min(chunk, file.Content.Length - offset));
            stream.Flush();
            Thread.Sleep(150);
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
