namespace ActorGraph.Worker.Processing;

/// <summary>Counters the periodic summary reads: what was stored and how many files wait in the inbox.</summary>
internal sealed class WorkerMetrics
{
    private long _articles;
    private long _events;
    private long _files;
    private long _failedFiles;
    private int _waiting;

    public long Articles => Interlocked.Read(ref _articles);

    public long Events => Interlocked.Read(ref _events);

    public long Files => Interlocked.Read(ref _files);

    public long FailedFiles => Interlocked.Read(ref _failedFiles);

    public int Waiting => Volatile.Read(ref _waiting);

    public void Committed(int articles, int events)
    {
        Interlocked.Add(ref _articles, articles);
        Interlocked.Add(ref _events, events);
    }

    public void Finished(bool failed)
    {
        Interlocked.Increment(ref _files);
        if (failed)
        {
            Interlocked.Increment(ref _failedFiles);
        }
    }

    public void SetWaiting(int files) => Volatile.Write(ref _waiting, files);
}
