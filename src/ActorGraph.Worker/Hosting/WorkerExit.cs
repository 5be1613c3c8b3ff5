namespace ActorGraph.Worker.Hosting;

/// <summary>The exit code the worker asks for: 0 unless it stopped on an error.</summary>
internal sealed class WorkerExit
{
    /// <summary>Stopped on an unexpected error.</summary>
    public const int Crashed = 1;

    /// <summary>A setting is invalid.</summary>
    public const int BadSetting = 2;

    /// <summary>The store or inbox cannot be used (not a store, worker id in use).</summary>
    public const int CannotStart = 3;

    private int _code;

    public int Code => Volatile.Read(ref _code);

    public void Fail(int code) => Interlocked.CompareExchange(ref _code, code, 0);
}
