using System.Diagnostics;
using System.Text;
using ActorGraph.Core.Articles;
using ActorGraph.Extraction;

namespace ActorGraph.Cli.Bench;

/// <summary>What the extraction bench measured on one thread.</summary>
/// <param name="Articles">Articles extracted.</param>
/// <param name="Bytes">UTF-8 bytes of their bodies.</param>
/// <param name="Events">Events found.</param>
/// <param name="Seconds">Time spent extracting.</param>
public sealed record ExtractBenchReport(int Articles, long Bytes, int Events, double Seconds)
{
    /// <summary>Megabytes (10^6 bytes) of body text per second.</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;

    /// <summary>Articles per second.</summary>
    public double ArticlesPerSecond => Articles / Seconds;
}

/// <summary>Times <see cref="EventExtractor.Extract"/> on synthetic articles, on the calling thread only.</summary>
public static class ExtractBench
{
    /// <summary>How long extraction runs before timing starts.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>Synthesises at least <paramref name="megabytes"/> MB of articles, warms up for <see cref="WarmUp"/>, then times extracting them all.</summary>
    public static ExtractBenchReport Run(EventExtractor extractor, ArticleSynthesizer synthesizer, double megabytes, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(synthesizer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(megabytes);
        var articles = new List<Article>();
        long bytes = 0;
        while (bytes < megabytes * 1e6)
        {
            var article = synthesizer.Create(articles.Count, seed);
            articles.Add(article);
            bytes += Encoding.UTF8.GetByteCount(article.Text);
        }

        // Warm up until tiered compilation has settled: a worker extracts for hours, so steady state is what counts.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            foreach (var article in articles.Take(200))
            {
                extractor.Extract(article);
            }
        }

        var events = 0;
        var start = Stopwatch.GetTimestamp();
        foreach (var article in articles)
        {
            events += extractor.Extract(article).Count;
        }

        return new ExtractBenchReport(articles.Count, bytes, events, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
}
