using System.Text;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Fuzz;

/// <summary>Time per byte of one input shape at one size.</summary>
internal sealed record ScalingRow(string Shape, int Bytes, TimeSpan Time)
{
    /// <summary>Microseconds per kilobyte.</summary>
    public double MicrosecondsPerKb => Time.TotalMicroseconds / (Bytes / 1024.0);
}

/// <summary>
/// Checks that work grows linearly: each hostile shape (long sentences of names, deep nesting, many lines) is read and
/// extracted at growing sizes, and the time per byte at the largest size may be at most <see cref="MaxGrowth"/> times
/// that at the second smallest (the smallest is warm-up).
/// </summary>
internal static class FuzzScaling
{
    /// <summary>How much more time per byte the largest size may take before the shape counts as super-linear.</summary>
    public const double MaxGrowth = 3.0;

    private const string Names = "Vladimir Putin, Xi Jinping, Emmanuel Macron, ";
    private const string Sentence = "Xi Jinping held talks with Vladimir Putin in Moscow on Thursday. ";

    private static readonly (string Shape, string Extension, Func<int, string> Make)[] Shapes =
    [
        ("one sentence of names", ".txt", n => "T\n" + Fill(Names, n) + "met in Moscow.\n"),
        ("many sentences", ".txt", n => "T\n" + Fill(Sentence, n)),
        ("no spaces", ".txt", n => "T\n" + Fill("Putin\U0001F600Xi\U0001D400", n)),
        ("nested divs, no article", ".html", n => Nested("<html><body>", "<div>", "</div>", n)),
        ("nested spans in an article", ".html", n => Nested("<html><body><article>", "<span>", "</span>", n)),
        ("nested tables", ".html", n => Nested("<html><body>", "<table><tr><td>", "</td></tr></table>", n)),
        ("open tags never closed", ".html", n => "<html><body>" + Fill("<b><div>", n / 2) + Fill("<p>" + Sentence, n / 2)),
        ("paragraphs, no article", ".html", n => "<html><body>" + Fill("<p>" + Sentence + "</p>", n)),
        ("JSON lines", ".jsonl", n => JsonLines(n)),
        ("JSON text of nested markup", ".json", n => "{\"id\":\"x\",\"text\":\"" + Nested("", "<div>", "</div>", n - 30) + "\"}"),
    ];

    /// <summary>The sizes measured, in bytes.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [16 << 10, 64 << 10, 256 << 10, 1 << 20];

    /// <summary>Measures every shape at every size (best of two runs) and returns the rows in order.</summary>
    public static IEnumerable<ScalingRow> Measure(ArticleFileReader reader, EventExtractor extractor)
    {
        foreach (var (shape, extension, make) in Shapes)
        {
            foreach (var size in Sizes)
            {
                var bytes = Encoding.UTF8.GetBytes(make(size));
                var best = TimeSpan.MaxValue;
                for (var run = 0; run < 2; run++)
                {
                    var started = TimeProvider.System.GetTimestamp();
                    foreach (var article in reader.ReadContent("scaling" + extension, bytes).Articles)
                    {
                        extractor.TryExtract(article, out _, out _);
                    }

                    var time = TimeProvider.System.GetElapsedTime(started);
                    best = time < best ? time : best;
                }

                yield return new ScalingRow(shape, bytes.Length, best);
            }
        }
    }

    /// <summary>The growth of time per byte from the second smallest size to the largest, per shape.</summary>
    public static IEnumerable<(string Shape, double Growth)> Growth(IReadOnlyList<ScalingRow> rows) =>
        rows.GroupBy(r => r.Shape).Select(g =>
        {
            var ordered = g.OrderBy(r => r.Bytes).ToList();

            // Below a tenth of a millisecond per kilobyte the clock's noise dominates, so that is the floor.
            var baseline = Math.Max(ordered[1].MicrosecondsPerKb, 100);
            return (g.Key, ordered[^1].MicrosecondsPerKb / baseline);
        });

    private static string Fill(string unit, int bytes)
    {
        var sb = new StringBuilder(bytes + unit.Length);
        while (sb.Length < bytes)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    // Each line needs its own id, or every line after the first is a duplicate.
    private static string JsonLines(int bytes)
    {
        var sb = new StringBuilder(bytes + 128);
        for (var i = 0; sb.Length < bytes; i++)
        {
            sb.Append("{\"id\":\"x").Append(i).Append("\",\"text\":\"").Append(Sentence).Append("\"}\n");
        }

        return sb.ToString();
    }

    private static string Nested(string head, string open, string close, int bytes)
    {
        var levels = Math.Max(1, bytes / (open.Length + close.Length));
        return head + Fill(open, levels * open.Length) + Sentence + Fill(close, levels * close.Length);
    }
}
