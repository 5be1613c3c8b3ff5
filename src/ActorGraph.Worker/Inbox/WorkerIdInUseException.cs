namespace ActorGraph.Worker.Inbox;

/// <summary>Another running worker holds the lock of this worker id.</summary>
public sealed class WorkerIdInUseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkerIdInUseException(string workerId, string lockFile, Exception? inner = null)
        : base($"Worker:WorkerId \"{workerId}\" is in use by another running worker (it holds {lockFile}); give each worker its own id.", inner)
    {
    }
}
