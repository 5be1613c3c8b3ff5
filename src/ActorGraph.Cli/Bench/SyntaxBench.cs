using System.Diagnostics;
using ActorGraph.Syntax;

namespace ActorGraph.Cli.Bench;

/// <summary>What the syntax bench measured on one thread.</summary>
/// <param name="Sentences">Sentences parsed in the timed pass.</param>
/// <param name="Tokens">Tokens tagged, lemmatized and parsed in the timed pass.</param>
/// <param name="Seconds">Time of the timed pass.</param>
/// <param name="AllocatedBytes">Bytes the timed pass allocated on its thread.</param>
/// <param name="CpuSeconds">Processor time the process used during the timed pass (what a busy, shared machine cannot steal).</param>
public sealed record SyntaxBenchReport(int Sentences, long Tokens, double Seconds, long AllocatedBytes, double CpuSeconds)
{
    /// <summary>Tokens per second of wall-clock time.</summary>
    public double TokensPerSecond => Tokens / Seconds;

    /// <summary>Tokens per second of processor time.</summary>
    public double TokensPerCpuSecond => Tokens / CpuSeconds;

    /// <summary>Bytes allocated per token.</summary>
    public double BytesPerToken => (double)AllocatedBytes / Tokens;
}

/// <summary>Times the tagger, lemmatizer and parser on the calling thread, after a warm-up.</summary>
public static class SyntaxBench
{
    /// <summary>How long parsing runs before timing starts.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>Times <see cref="SyntaxModel.ParseWords"/> on pre-split sentences (no tokenizer).</summary>
    public static SyntaxBenchReport RunWords(SyntaxModel model, IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Run(sentences, s => model.ParseWords(s).Tokens.Count);

    /// <summary>Times <see cref="SyntaxModel.Parse"/> on raw texts (tokenizer and sentence splitter included).</summary>
    public static SyntaxBenchReport RunTexts(SyntaxModel model, IReadOnlyList<string> texts) =>
        Run(texts, t => model.Parse(t).Sum(s => s.Tokens.Count), t => model.Parse(t).Count);

    private static SyntaxBenchReport Run<T>(IReadOnlyList<T> items, Func<T, int> parse, Func<T, int>? sentencesOf = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            foreach (var item in items.Take(500))
            {
                parse(item);
            }
        }

        var sentences = sentencesOf is null ? items.Count : items.Sum(sentencesOf);
        long tokens = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        foreach (var item in items)
        {
            tokens += parse(item);
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return new SyntaxBenchReport(sentences, tokens, seconds, GC.GetAllocatedBytesForCurrentThread() - allocated, cpuSeconds);
    }
}
