using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Cli.Fuzz;

/// <summary>An input that broke a rule: the seed and index that remake it, its name and what went wrong.</summary>
internal sealed record FuzzFailure(ulong Seed, long Index, string Name, string Problem);

/// <summary>One input and the time it took, to show where the time goes.</summary>
internal sealed record FuzzTiming(long Index, string Name, int Bytes, TimeSpan Time);

/// <summary>What a fuzz run did: inputs tried, articles and events they gave, time taken, the slowest inputs and the failures (a hang ends the run).</summary>
internal sealed record FuzzReport(long Inputs, long Articles, long Events, long Bytes, TimeSpan Elapsed, IReadOnlyList<FuzzTiming> Slowest, IReadOnlyList<FuzzFailure> Failures, FuzzFailure? Hang);

/// <summary>
/// Feeds mutated inputs through the file readers and the extractor on one thread while a watchdog watches it: any
/// exception, a reader fault turned into an error, a lone surrogate or a span outside the text is a failure, and an
/// input that takes longer than the watchdog allows is a hang.
/// </summary>
internal sealed class FuzzRunner(ArticleFileReader reader, EventExtractor extractor, FuzzMutator mutator)
{
    /// <summary>Runs inputs <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1 of the seed.</summary>
    public FuzzReport Run(ulong seed, long from, long count, TimeSpan watchdog, Action<FuzzFailure, FuzzInput> onFailure, Action<long, TimeSpan>? onProgress = null)
    {
        var failures = new List<FuzzFailure>();
        var slowest = new List<FuzzTiming>();
        long done = 0, articles = 0, events = 0, bytes = 0;
        FuzzInput? current = null;
        long currentIndex = from;
        var started = TimeProvider.System.GetTimestamp();
        var worker = new Thread(() =>
        {
            for (var i = from; i < from + count; i++)
            {
                var input = mutator.Make(seed, i);
                Volatile.Write(ref current, input);
                Volatile.Write(ref currentIndex, i);
                var checkStarted = TimeProvider.System.GetTimestamp();
                var (a, e, problem) = Check(input);
                Keep(slowest, new FuzzTiming(i, input.Name, input.Bytes.Length, TimeProvider.System.GetElapsedTime(checkStarted)));
                articles += a;
                events += e;
                bytes += input.Bytes.Length;
                if (problem is not null)
                {
                    var failure = new FuzzFailure(seed, i, input.Name, problem);
                    lock (failures)
                    {
                        failures.Add(failure);
                    }

                    onFailure(failure, input);
                }

                Interlocked.Increment(ref done);
            }
        })
        { IsBackground = true, Name = "fuzz" };
        worker.Start();

        var lastDone = -1L;
        var lastMove = TimeProvider.System.GetTimestamp();
        var lastReport = lastMove;
        while (!worker.Join(TimeSpan.FromMilliseconds(100)))
        {
            var now = Interlocked.Read(ref done);
            if (now != lastDone)
            {
                lastDone = now;
                lastMove = TimeProvider.System.GetTimestamp();
            }
            else if (TimeProvider.System.GetElapsedTime(lastMove) > watchdog)
            {
                // The worker is stuck on one input; it is a background thread, so leaving it behind ends with the process.
                var input = Volatile.Read(ref current)!;
                var hang = new FuzzFailure(seed, Volatile.Read(ref currentIndex), input.Name, $"hang: no answer within {watchdog.TotalSeconds:0} s ({input.Bytes.Length} bytes)");
                onFailure(hang, input);
                return Report(now, hang);
            }

            if (onProgress is not null && TimeProvider.System.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(30))
            {
                lastReport = TimeProvider.System.GetTimestamp();
                onProgress(now, TimeProvider.System.GetElapsedTime(started));
            }
        }

        return Report(Interlocked.Read(ref done), null);

        FuzzReport Report(long inputs, FuzzFailure? hang)
        {
            lock (failures)
            {
                lock (slowest)
                {
                    return new FuzzReport(inputs, articles, events, bytes, TimeProvider.System.GetElapsedTime(started), [.. slowest], [.. failures], hang);
                }
            }
        }
    }

    // The five slowest inputs, slowest first.
    private static void Keep(List<FuzzTiming> slowest, FuzzTiming timing)
    {
        lock (slowest)
        {
            if (slowest.Count == 5 && timing.Time <= slowest[^1].Time)
            {
                return;
            }

            slowest.Add(timing);
            slowest.Sort((a, b) => b.Time.CompareTo(a.Time));
            if (slowest.Count > 5)
            {
                slowest.RemoveAt(5);
            }
        }
    }

    private (int Articles, int Events, string? Problem) Check(FuzzInput input)
    {
        InputFileResult result;
        try
        {
            result = reader.ReadContent(input.Name, input.Bytes);
        }
        catch (Exception e)
        {
            return (0, 0, $"reader threw {e.GetType().Name}: {e.Message}");
        }

        if (result.Errors.FirstOrDefault(e => e.Reason.StartsWith("could not be read:", StringComparison.Ordinal)) is { } fault)
        {
            return (0, 0, $"reader fault: {fault.Reason}");
        }

        var events = 0;
        foreach (var article in result.Articles)
        {
            if (Surrogates.FirstLone(article.Text) >= 0 || article.Title is { } title && Surrogates.FirstLone(title) >= 0)
            {
                return (result.Articles.Count, events, $"article '{article.Id}' holds a lone surrogate");
            }

            try
            {
                foreach (var e in extractor.Extract(article))
                {
                    events++;
                    var evidence = e.Evidence;
                    if (evidence.Start < 0 || evidence.End > article.Text.Length || evidence.Start > evidence.End)
                    {
                        return (result.Articles.Count, events, $"article '{article.Id}': evidence span {evidence.Start}..{evidence.End} outside a text of {article.Text.Length} chars");
                    }
                }
            }
            catch (Exception e)
            {
                return (result.Articles.Count, events, $"extractor threw {e.GetType().Name} on article '{article.Id}': {e.Message}");
            }
        }

        return (result.Articles.Count, events, null);
    }
}
