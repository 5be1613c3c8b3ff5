using Spectre.Console;

namespace ActorGraph.Cli.Ingest;

/// <summary>Tells the user how far an ingest run is: a bar in a terminal, plain lines when stdout is redirected.</summary>
internal interface IIngestProgress
{
    /// <summary>Reports that one more file has been read.</summary>
    void FileDone(string path, int articles, int events);
}

/// <summary>One line per file, for logs and pipes.</summary>
internal sealed class PlainProgress(int files) : IIngestProgress
{
    private int _done;

    public void FileDone(string path, int articles, int events) =>
        Console.Out.WriteLine($"[{++_done}/{files}] {TerminalText.Safe(path)}: {Counted(articles, "article")}, {Counted(events, "event")}");

    private static string Counted(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

/// <summary>A Spectre progress bar over the files.</summary>
internal sealed class BarProgress(ProgressTask task) : IIngestProgress
{
    public void FileDone(string path, int articles, int events)
    {
        task.Description = TerminalText.Cell(Path.GetFileName(path));
        task.Increment(1);
    }
}
