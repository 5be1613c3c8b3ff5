namespace ActorGraph.Core.Storage;

/// <summary>The store cannot be reached right now (locked, server down); the same call may succeed later.</summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreUnavailableException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
